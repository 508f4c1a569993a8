package org.synesthesia.workflows.sweep;

/**
 * What a sweep carries into its next run when it continues as new: where the suggestions are,
 * the control state, and the run count. Trials, observations and the best trial live in PostgreSQL.
 *
 * @param nextIndex   the index the next suggestion gets
 * @param parallelism the current limit (it may have been changed by signal)
 * @param paused      whether new trials wait for {@code resume}
 * @param generation  how many runs came before this one
 */
public record SweepCursor(SweepPlan plan, int nextIndex, int parallelism, boolean paused, int generation) {}

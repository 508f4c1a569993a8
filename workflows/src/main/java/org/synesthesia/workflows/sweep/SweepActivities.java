package org.synesthesia.workflows.sweep;

import io.temporal.activity.ActivityInterface;

/**
 * A search sweep's bookkeeping and decisions, computed from PostgreSQL so that workflow code holds
 * no search state: suggestions (grid, random, TPE from the recorded observations), early-stopping
 * verdicts, trial ends and the standing. Every method is idempotent. CPU queue.
 */
@ActivityInterface
public interface SweepActivities {
    /** Records the sweep (spec and all) unless recorded, and plans it; a bad spec fails as bad input. */
    SweepPlan openSearch(String experimentId, SweepInput input);

    /** The suggestion for trial {@code index}, recorded as 'suggested' (the recorded one on a retry); null when the method has no more. */
    Suggestion suggest(String sweepId, int index);

    /** Records the value at a budget and judges it against the other trials' values at that budget. */
    RungDecision judge(RungReport report);

    /** Records how a trial ended, unless it already ended. */
    void endTrial(TrialEnd end);

    SweepStanding standing(String sweepId);

    /** Records the sweep's end and its best trial. */
    void endSearch(SweepEnd end);
}

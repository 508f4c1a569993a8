package org.synesthesia.workflows.sweep;

import java.util.List;
import java.util.Map;

/**
 * What the {@code state} query answers: the control state, the trials by status with the best so
 * far (as of the last finished trial), the trials running now, and
 * {@code pending}: how many suggestions are still to come before the trial cap.
 */
public record SweepState(String sweepId, String status, boolean paused, int parallelism, int nextIndex, int trialLimit,
                         Map<String, Integer> trials, String bestTrialId, Double bestValue,
                         List<String> running, int pending, int generation) {}

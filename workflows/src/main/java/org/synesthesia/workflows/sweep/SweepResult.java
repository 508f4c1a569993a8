package org.synesthesia.workflows.sweep;

import java.util.List;
import org.synesthesia.workflows.trial.TrialResult;

/**
 * Every trial's result in launch order, and the best one by the sweep's criterion with its release
 * weights (all null when none completed).
 */
public record SweepResult(String sweepId, String criterion, String bestTrialId, Double bestValue,
                          String bestWeights, List<TrialResult> trials, String failure) {
    public boolean succeeded() { return bestTrialId != null; }
}

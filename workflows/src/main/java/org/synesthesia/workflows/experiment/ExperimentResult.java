package org.synesthesia.workflows.experiment;

import java.util.List;
import org.synesthesia.workflows.dataset.DatasetResult;
import org.synesthesia.workflows.human.HumanEvaluationResult;
import org.synesthesia.workflows.sweep.SweepResult;
import org.synesthesia.workflows.trial.TrialResult;

/** What an experiment produced, stage by stage, and its status: {@code completed} or {@code failed} with the first reason. */
public record ExperimentResult(String experimentId, String status, String failure, DatasetResult dataset,
                               List<SweepResult> sweeps, List<TrialResult> gans, List<TrialResult> evaluations,
                               HumanEvaluationResult human) {
    public boolean succeeded() { return "completed".equals(status); }
}

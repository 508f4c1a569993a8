package org.synesthesia.workflows.evaluation;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.synesthesia.workflows.trial.TrialResult;

/** Classifies a GAN's samples with a judge and records accuracy by instrument; failures are returned. */
@WorkflowInterface
public interface ClassificationEvaluationWorkflow {
    @WorkflowMethod(name = "ClassificationEvaluation")
    TrialResult evaluate(EvaluationInput input);
}

package org.synesthesia.workflows.gan;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.synesthesia.workflows.trial.TrialResult;

/** Trains one S2I or I2S GAN on the GPU queue; a failure is recorded and returned, not thrown. */
@WorkflowInterface
public interface GanTrainingWorkflow {
    @WorkflowMethod(name = "GanTraining")
    TrialResult train(GanInput input);
}

package org.synesthesia.workflows.sweep;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One search trial: trains rung by rung, asking the early-stopping rule after each, and records how it ended. */
@WorkflowInterface
public interface SweepTrialWorkflow {
    @WorkflowMethod(name = "SweepTrial")
    TrialEnd run(SweepTrialInput input);
}

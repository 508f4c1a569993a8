package org.synesthesia.workflows.experiment;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Composes the stages as child workflows: dataset, sweeps, GANs, classification, human evaluation. */
@WorkflowInterface
public interface ExperimentWorkflow {
    @WorkflowMethod(name = "Experiment")
    ExperimentResult run(ExperimentInput input);
}

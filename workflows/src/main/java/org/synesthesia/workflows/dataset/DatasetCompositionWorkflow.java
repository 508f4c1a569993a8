package org.synesthesia.workflows.dataset;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Synthesize or point at a source, prepare and split pairs, record the dataset. */
@WorkflowInterface
public interface DatasetCompositionWorkflow {
    @WorkflowMethod(name = "DatasetComposition")
    DatasetResult compose(DatasetRequest request);
}

package org.synesthesia.workflows.sweep;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Fans out one encoder trial per encoding and setting, bounded in parallel, and picks the best. */
@WorkflowInterface
public interface EncoderSweepWorkflow {
    @WorkflowMethod(name = "EncoderSweep")
    SweepResult sweep(EncoderSweepInput input);
}

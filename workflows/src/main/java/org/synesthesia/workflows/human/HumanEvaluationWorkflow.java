package org.synesthesia.workflows.human;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Waits durably for people's answers. The rating page signals {@code rate} on the workflow
 * {@code <experiment>/human-<name>}; the workflow ends when the expected number is recorded or the timeout passes.
 */
@WorkflowInterface
public interface HumanEvaluationWorkflow {
    @WorkflowMethod(name = "HumanEvaluation")
    HumanEvaluationResult collect(HumanEvaluationInput input);

    @SignalMethod(name = "rate")
    void rate(Rating rating);

    /** Ratings recorded so far. */
    @QueryMethod(name = "ratings")
    int ratings();
}

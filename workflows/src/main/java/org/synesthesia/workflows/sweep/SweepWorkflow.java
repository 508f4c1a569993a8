package org.synesthesia.workflows.sweep;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A search sweep: suggests trials (grid, random or TPE), runs each as a child workflow at most
 * {@code parallelism} at once, stops weak ones early, and ends at its trial cap, its failed-trial
 * cap, its objective's target, or by signal. {@code cursor} is null at the start; continue-as-new
 * passes it.
 */
@WorkflowInterface
public interface SweepWorkflow {
    @WorkflowMethod(name = "Sweep")
    SweepOutcome run(SweepInput input, SweepCursor cursor);

    /** New trials wait; running ones go on. */
    @SignalMethod(name = "pause")
    void pause();

    @SignalMethod(name = "resume")
    void resume();

    /** No new trials; the running ones finish and the sweep ends as stopped. */
    @SignalMethod(name = "stop")
    void stop();

    /** Running trials are cancelled at their next heartbeat and recorded as cancelled; the sweep ends. */
    @SignalMethod(name = "cancel")
    void cancel();

    @SignalMethod(name = "setParallelism")
    void setParallelism(int parallelism);

    @QueryMethod(name = "state")
    SweepState state();
}

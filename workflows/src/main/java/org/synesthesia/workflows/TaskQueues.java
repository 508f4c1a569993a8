package org.synesthesia.workflows;

import java.util.List;

/** The task queues that route work by kind: workflows, CPU steps (data, evaluation), GPU steps (training). */
public final class TaskQueues {
    /** Workflow tasks: cheap orchestration; the Temporal UI starts workflows on this queue. */
    public static final String WORKFLOWS = "workflows";
    /** Data composition, records, classification evaluation and human-evaluation bookkeeping. */
    public static final String CPU = "cpu";
    /** Training: encoder trials and GANs. */
    public static final String GPU = "gpu";
    /** Every queue, in the order a worker serving all of them registers them. */
    public static final List<String> ALL = List.of(WORKFLOWS, CPU, GPU);

    private TaskQueues() {}
}

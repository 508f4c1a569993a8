package org.synesthesia.workflows;

import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Histories recorded by earlier versions of the workflows replay on this one: a worker deployed
 * while experiments run must pick them up, not fail them as non-deterministic. Each history is the
 * first experiment of {@link WorkflowsTest}, recorded with the code named in its file's name.
 */
class ReplayTest {
    private TestWorkflowEnvironment env;
    private Worker worker;

    @BeforeEach
    void start() {
        env = TestWorkflowEnvironment.newInstance();
        worker = env.newWorker(TaskQueues.WORKFLOWS);
        WorkflowTypes.register(worker, StepOptions.defaults());
    }

    @AfterEach
    void stop() { env.close(); }

    /** Recorded at dc7ff3d, when the pose judge trained on the experiment's own pairs. */
    @Test
    void anExperimentFromBeforeThePoseJudgeHadItsOwnDatasetReplays() throws Exception {
        WorkflowReplayer.replayWorkflowExecution(history("experiment-before-pose-dataset.json", "exp1"), worker);
    }

    /** A recorded history under its own workflow id, which the experiment's child workflows are named after. */
    private static WorkflowExecutionHistory history(String file, String workflowId) throws Exception {
        try (InputStream in = ReplayTest.class.getResourceAsStream("/histories/" + file)) {
            return WorkflowExecutionHistory.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), workflowId);
        }
    }
}

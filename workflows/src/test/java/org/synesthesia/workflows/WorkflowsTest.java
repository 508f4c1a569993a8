package org.synesthesia.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synesthesia.workflows.dataset.DatasetSpec;
import org.synesthesia.workflows.experiment.ExperimentInput;
import org.synesthesia.workflows.experiment.ExperimentResult;
import org.synesthesia.workflows.experiment.ExperimentWorkflow;
import org.synesthesia.workflows.experiment.GanSpec;
import org.synesthesia.workflows.experiment.SweepSpec;
import org.synesthesia.workflows.human.HumanEvaluationInput;
import org.synesthesia.workflows.human.HumanEvaluationResult;
import org.synesthesia.workflows.human.HumanEvaluationWorkflow;
import org.synesthesia.workflows.human.Rating;
import org.synesthesia.workflows.sweep.EncoderSweepInput;
import org.synesthesia.workflows.sweep.EncoderSweepWorkflow;
import org.synesthesia.workflows.sweep.SweepResult;

/** The orchestration alone, on Temporal's in-memory test server with time skipping. */
class WorkflowsTest {
    private TestWorkflowEnvironment env;
    private WorkflowClient client;
    private ScriptedActivities script;

    @BeforeEach
    void start() {
        env = TestWorkflowEnvironment.newInstance();
        client = env.getWorkflowClient();
        script = new ScriptedActivities();
        WorkerOptions wide = WorkerOptions.newBuilder().setMaxConcurrentActivityExecutionSize(16).build();
        WorkflowTypes.register(env.newWorker(TaskQueues.WORKFLOWS), StepOptions.defaults());
        env.newWorker(TaskQueues.CPU, wide).registerActivitiesImplementations(script.new Cpu());
        env.newWorker(TaskQueues.GPU, wide).registerActivitiesImplementations(script.new Gpu());
        env.start();
    }

    @AfterEach
    void stop() { env.close(); }

    private <T> T stub(Class<T> type, String id) {
        return client.newWorkflowStub(type, WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(id).build());
    }

    @Test
    void experimentRunsStagesInOrderOnTheirQueuesAndConditionsOnTheBestEncoders() {
        ExperimentInput input = new ExperimentInput("paper", DatasetSpec.synthesized("tiny", 7),
                List.of(new SweepSpec("sound", Direction.S2I, List.of("lms", "cqt"), List.of(Map.of("epochs", 1), Map.of("epochs", 3)), null, null, 2),
                        new SweepSpec("image", Direction.I2S, List.of("pixels"), null, null, null, 1)),
                List.of(new GanSpec(Direction.S2I, Map.of("steps", 10))), true, null);

        ExperimentResult result = stub(ExperimentWorkflow.class, "exp1").run(input);

        assertTrue(result.succeeded(), result.failure());
        assertEquals("exp1/sweep-sound/trial-003-cqt", result.sweeps().get(0).bestTrialId());
        assertEquals(0.83, result.sweeps().get(0).bestValue(), 1e-9);
        List<String> calls = script.calls;
        assertEquals("cpu:SynthesizeSource:tiny", calls.stream().filter(c -> c.contains("Source")).findFirst().orElseThrow());
        assertTrue(calls.contains("gpu:TrainGan:exp1/gan-s2i encoder=exp1/sweep-sound/trial-003-cqt/weights"), calls.toString());
        // s2i samples are images: judged by the image judge, trained for the experiment apart from the encoders
        assertTrue(calls.contains("cpu:ClassifySamples:exp1/evaluation-s2i judge=exp1/judge-image/weights samples=exp1/gan-s2i/samples"), calls.toString());
        // the pose judge learns from drawn poses of its own dataset, the other judges from the experiment's pairs
        assertTrue(calls.containsAll(List.of("gpu:TrainEncoder:exp1/judge-audio on /runs/exp1/pairs", "gpu:TrainEncoder:exp1/judge-image on /runs/exp1/pairs",
                "gpu:TrainEncoder:exp1/judge-pose on /runs/exp1/poses-pairs")), calls.toString());
        assertTrue(calls.containsAll(List.of("cpu:SynthesizeSource:tiny drawn", "cpu:RecordDataset:exp1/dataset", "cpu:RecordDataset:exp1/poses")), calls.toString());
        assertTrue(calls.indexOf("cpu:RecordDataset:exp1/poses") < calls.indexOf("gpu:TrainEncoder:exp1/judge-pose on /runs/exp1/poses-pairs"));
        assertTrue(indexOf(calls, "RecordDataset") < indexOf(calls, "TrainEncoder"));
        assertTrue(lastIndexOf(calls, "TrainEncoder") < indexOf(calls, "TrainGan"));
        assertTrue(indexOf(calls, "TrainGan") < indexOf(calls, "ClassifySamples"));
        assertEquals("completed", script.outcome.status());
        assertEquals(5 + 3, calls.stream().filter(c -> c.startsWith("gpu:TrainEncoder")).count(), "five encoders and three judges");
        assertTrue(calls.stream().filter(c -> c.contains("TrainEncoder") || c.contains("TrainGan")).allMatch(c -> c.startsWith("gpu:")));
    }

    @Test
    void sweepRunsAtMostItsParallelismAtOnceAndPicksByItsCriterion() {
        script.trainingMillis = 40;
        List<Map<String, Object>> settings = List.of(Map.of("epochs", 1), Map.of("epochs", 2), Map.of("epochs", 3),
                Map.of("epochs", 4), Map.of("epochs", 5), Map.of("epochs", 6), Map.of("epochs", 7), Map.of("epochs", 8));
        EncoderSweepInput input = new EncoderSweepInput("exp2", "wide", Direction.S2I, "/pairs", List.of("lms", "cqt", "raw"),
                settings, "test_accuracy", "min", 3);

        SweepResult result = stub(EncoderSweepWorkflow.class, "exp2/sweep-wide").sweep(input);

        assertEquals(24, result.trials().size());
        assertEquals(24, script.calls.stream().filter(c -> c.contains("TrainEncoder")).distinct().count());
        assertEquals(3, script.trainingPeak.get(), "trials in flight at once");
        assertEquals("exp2/sweep-wide/trial-016-raw", result.bestTrialId()); // raw, 1 epoch: the lowest score
        assertTrue(script.calls.contains("cpu:DecideSweep:exp2/sweep-wide=exp2/sweep-wide/trial-016-raw"));
    }

    @Test
    void aFailedTrialIsRecordedOnceAndTheSweepGoesOn() {
        EncoderSweepInput input = new EncoderSweepInput("exp3", "mixed", Direction.I2S, "/pairs", List.of("lms", "cqt"),
                List.of(Map.of("fail", true), Map.of("epochs", 1)), null, null, 2);

        SweepResult result = stub(EncoderSweepWorkflow.class, "exp3/sweep-mixed").sweep(input);

        assertEquals("exp3/sweep-mixed/trial-003-cqt", result.bestTrialId());
        assertEquals(2, result.trials().stream().filter(t -> !t.succeeded()).count());
        assertEquals(1, script.attempts.get("TrainEncoder:exp3/sweep-mixed/trial-000-lms"), "bad input is not retried");
        assertTrue(script.calls.contains("cpu:RecordTrialFailure:exp3/sweep-mixed/trial-000-lms=trial exp3/sweep-mixed/trial-000-lms has a corrupt pair store"),
                script.calls.toString());
    }

    @Test
    void aSweepWhereEveryTrialFailsSaysWhy() {
        EncoderSweepInput input = new EncoderSweepInput("exp4", "doomed", Direction.S2I, "/pairs", List.of("lms"),
                List.of(Map.of("fail", true)), null, null, 1);

        SweepResult result = stub(EncoderSweepWorkflow.class, "exp4/sweep-doomed").sweep(input);

        assertFalse(result.succeeded());
        assertTrue(result.failure().contains("corrupt pair store"), result.failure());
    }

    @Test
    void aMissingSourceFailsTheExperimentOnceWithItsReasonRecorded() {
        ExperimentInput input = new ExperimentInput("bad", DatasetSpec.existing("/data/missing", "urmp"),
                List.of(new SweepSpec("s", Direction.S2I, List.of("lms"), null, null, null, null)), List.of(), false, null);

        ExperimentResult result = stub(ExperimentWorkflow.class, "exp5").run(input);

        assertEquals("failed", result.status());
        assertEquals("dataset: /data/missing does not exist; give an existing URMP folder", result.failure());
        assertEquals(result.failure(), script.outcome.failure());
        assertEquals(1, script.attempts.get("LocateSource:/data/missing"));
        assertTrue(script.calls.stream().noneMatch(c -> c.contains("TrainEncoder")));
        assertNull(result.dataset());
    }

    @Test
    void aPoseDatasetThatFailsLeavesTheOtherJudgesAndTheEvaluationToRunAndSaysWhy() {
        ExperimentInput input = new ExperimentInput("poses", DatasetSpec.synthesized("no-drawn", 2),
                List.of(new SweepSpec("s", Direction.S2I, List.of("lms"), null, null, null, null)),
                List.of(new GanSpec(Direction.S2I, Map.of("steps", 10))), true, null);

        ExperimentResult result = stub(ExperimentWorkflow.class, "exp6").run(input);

        assertEquals("failed", result.status());
        assertEquals("pose dataset: no drawn poses for this preset", result.failure());
        assertTrue(script.calls.contains("gpu:TrainEncoder:exp6/judge-image on /runs/exp6/pairs"), script.calls.toString());
        assertTrue(script.calls.stream().noneMatch(c -> c.contains("exp6/judge-pose on")), "no pose judge without its pictures");
        assertEquals(1, result.evaluations().size());
        assertTrue(result.evaluations().get(0).succeeded(), "the S2I samples are still judged, without a pose error");
    }

    @Test
    void anExperimentStartsByTypeNameWithRawJsonAsTheTemporalUiDoes() throws Exception {
        String json = """
                {"name": "from-ui",
                 "dataset": {"preset": "tiny", "seed": 3},
                 "sweeps": [{"name": "s2i", "direction": "s2i", "encodings": ["lms", "cqt"], "parallelism": 2}],
                 "gans": [{"direction": "s2i", "config": {"steps": 5}}]}
                """;
        WorkflowStub stub = client.newUntypedWorkflowStub("Experiment",
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId("ui-1").build());
        stub.start(new ObjectMapper().readTree(json));
        ExperimentResult result = stub.getResult(ExperimentResult.class);

        assertTrue(result.succeeded(), result.failure());
        assertEquals("ui-1/sweep-s2i/trial-001-cqt", result.sweeps().get(0).bestTrialId());
        assertEquals(1, result.evaluations().size(), "evaluation defaults to on when there are GANs");
    }

    @Test
    void anInputItsRecordRefusesFailsTheWorkflowWithTheRecordsMessage() throws Exception {
        WorkflowStub stub = client.newUntypedWorkflowStub("Experiment",
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId("ui-2").build());
        stub.start(new ObjectMapper().readTree("{\"sweeps\": [{\"name\": \"empty\", \"direction\": \"s2i\", \"encodings\": []}]}"));
        WorkflowFailedException failed = assertThrows(WorkflowFailedException.class, () -> stub.getResult(ExperimentResult.class));
        assertEquals("sweep empty needs at least one encoding, e.g. \"encodings\": [\"lms\", \"cqt\"]", FailureReason.of(failed));

        WorkflowStub wrongType = client.newUntypedWorkflowStub("GanTraining",
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId("ui-3").build());
        wrongType.start(new ObjectMapper().readTree("{\"direction\": \"sideways\"}"));
        WorkflowFailedException refused = assertThrows(WorkflowFailedException.class, () -> wrongType.getResult(ExperimentResult.class));
        assertTrue(FailureReason.of(refused).contains("direction must be \"s2i\" or \"i2s\""), FailureReason.of(refused));
    }

    @Test
    void humanEvaluationWaitsDurablyForRatingsAndCountsEachOnce() {
        HumanEvaluationWorkflow wf = stub(HumanEvaluationWorkflow.class, "exp6/human-panel");
        WorkflowClient.start(wf::collect, new HumanEvaluationInput("exp6", "panel", "/samples", null, 3, 1));
        env.sleep(Duration.ofMinutes(10));
        wf.rate(new Rating("a.png", "ann", "vn", 4));
        wf.rate(new Rating("a.png", "ann", "vn", 4));
        wf.rate(new Rating("b.png", "ann", "vc", null));
        env.sleep(Duration.ofMinutes(10));
        assertEquals(2, wf.ratings());
        wf.rate(new Rating("a.png", "bob", "va", 2));
        HumanEvaluationResult result = client.newUntypedWorkflowStub("exp6/human-panel").getResult(HumanEvaluationResult.class);
        assertEquals(new HumanEvaluationResult("exp6/human-panel", 3, true), result);
    }

    @Test
    void humanEvaluationEndsIncompleteAtItsTimeout() {
        HumanEvaluationWorkflow wf = stub(HumanEvaluationWorkflow.class, "exp7/human-late");
        WorkflowClient.start(wf::collect, new HumanEvaluationInput("exp7", "late", "/samples", null, 5, 2));
        wf.rate(new Rating("a.png", "ann", "vn", null));
        HumanEvaluationResult result = client.newUntypedWorkflowStub("exp7/human-late").getResult(HumanEvaluationResult.class);
        assertEquals(new HumanEvaluationResult("exp7/human-late", 1, false), result);
    }

    private static int indexOf(List<String> calls, String activity) {
        for (int i = 0; i < calls.size(); i++) if (calls.get(i).contains(":" + activity + ":")) return i;
        throw new AssertionError(activity + " never ran: " + calls);
    }

    private static int lastIndexOf(List<String> calls, String activity) {
        for (int i = calls.size() - 1; i >= 0; i--) if (calls.get(i).contains(":" + activity + ":")) return i;
        throw new AssertionError(activity + " never ran: " + calls);
    }
}

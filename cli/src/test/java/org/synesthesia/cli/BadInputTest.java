package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.DescentTrainer;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.dataset.DatasetSpec;
import org.synesthesia.workflows.experiment.ExperimentInput;
import org.synesthesia.workflows.experiment.ExperimentResult;
import org.synesthesia.workflows.experiment.ExperimentWorkflow;
import org.synesthesia.workflows.sweep.EncoderSweepInput;
import org.synesthesia.workflows.sweep.EncoderSweepWorkflow;
import org.synesthesia.workflows.sweep.SweepResult;

/**
 * Bad input on the real local platform: the failing activity runs once (no retry storm), and the
 * reason is recorded in the database and returned in the workflow result.
 */
class BadInputTest {
    @TempDir static Path home;
    static LocalPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.start(new LocalPlatform.Settings(home, Processes.freePort(), Processes.freePort(), true,
                new CoreDatasetSteps(), Trainers.core().withEncoder(new DescentTrainer()), StepOptions.of(Duration.ofMinutes(5), Duration.ofMinutes(1)),
                2, 2, Progress.NONE, new SimpleMeterRegistry()));
    }

    @AfterAll static void stop() throws Exception { platform.close(); }

    private <T> T stub(Class<T> type, String id) {
        return platform.client().newWorkflowStub(type, WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(id).build());
    }

    private long attempts(String workflowId, String activityType) {
        List<HistoryEvent> events = platform.client().fetchHistory(workflowId).getEvents();
        return events.stream().filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
                && e.getActivityTaskScheduledEventAttributes().getActivityType().getName().equals(activityType)).count();
    }

    private static int retriesOf(List<HistoryEvent> events) {
        return events.stream().filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
                .mapToInt(e -> e.getActivityTaskStartedEventAttributes().getAttempt()).max().orElse(0);
    }

    @Test
    void aMissingSourceFailsTheExperimentOnceWithItsReasonRecordedAndReturned() {
        ExperimentInput input = new ExperimentInput("missing", DatasetSpec.existing(home.resolve("no-such-urmp").toString(), "urmp"),
                List.of(), List.of(), false, null);

        ExperimentResult result = stub(ExperimentWorkflow.class, "bad-1").run(input);

        String reason = "dataset: source folder " + home.resolve("no-such-urmp") + " does not exist; give an existing urmp folder, "
                + "or leave \"source\" out to synthesize one";
        assertEquals("failed", result.status());
        assertEquals(reason, result.failure());
        assertEquals(List.of(List.of("failed", reason)), KillWorkerTest.rows(platform, "SELECT status, failure FROM experiment WHERE id = 'bad-1'"));
        assertEquals(1, attempts("bad-1/dataset", "LocateSource"));
        assertEquals(1, retriesOf(platform.client().fetchHistory("bad-1/dataset").getEvents()), "one attempt, no retries");
    }

    @Test
    void aCorruptRecordingFailsPreparationWithoutRetry() throws Exception {
        Path source = home.resolve("corrupt-urmp");
        Path piece = Files.createDirectories(source.resolve("01_Jupiter_vn_vc"));
        Files.write(piece.resolve("AuSep_1_vn_01_Jupiter.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2, 3});
        Files.write(piece.resolve("AuSep_2_vc_01_Jupiter.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2, 3});
        Files.write(piece.resolve("AuMix_01_Jupiter_vn_vc.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2, 3});
        Files.write(piece.resolve("Vid_01_Jupiter_vn_vc.mp4"), new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'});

        ExperimentResult result = stub(ExperimentWorkflow.class, "bad-2").run(
                new ExperimentInput("corrupt", DatasetSpec.existing(source.toString(), "urmp"), List.of(), List.of(), false, null));

        assertEquals("failed", result.status());
        assertTrue(result.failure().startsWith("dataset: ") && result.failure().contains(source.toString()), result.failure());
        assertEquals(1, retriesOf(platform.client().fetchHistory("bad-2/dataset").getEvents()), "one attempt, no retries: " + result.failure());
        assertEquals(result.failure(), KillWorkerTest.rows(platform, "SELECT failure FROM experiment WHERE id = 'bad-2'").get(0).get(0));
    }

    @Test
    void aSweepOverAMissingPairStoreRecordsEachTrialsFailure() {
        String missing = home.resolve("no-such-pairs").toString();
        SweepResult result = stub(EncoderSweepWorkflow.class, "bad-3/sweep-s").sweep(new EncoderSweepInput("bad-3", "s", Direction.S2I,
                missing, List.of("lms", "cqt"), List.of(Map.of("steps", 3)), "loss", "min", 2));

        assertEquals(null, result.bestTrialId());
        assertTrue(result.failure().contains("pair store " + missing + " does not exist"), result.failure());
        assertEquals(2L, ((Number) KillWorkerTest.rows(platform,
                "SELECT count(*) FROM trial WHERE sweep_id = 'bad-3/sweep-s' AND status = 'failed' AND failure LIKE 'pair store%'").get(0).get(0)).longValue());
        assertEquals(1, retriesOf(platform.client().fetchHistory("bad-3/sweep-s").getEvents()));
    }

    @Test
    void startLaunchesAnExperimentByTypeNameWithTheFilesRawJsonAndReportsItsFailure() throws Exception {
        Path experiment = home.resolve("from-cli.json");
        Files.writeString(experiment, """
                {"name": "from-cli", "dataset": {"source": "%s", "format": "urmp"}, "sweeps": [], "gans": []}
                """.formatted(home.resolve("absent")));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            code = Main.execute("start", experiment.toString(), "--temporal", "127.0.0.1:" + platform.temporalPort(), "--wait");
        } finally {
            System.setOut(console);
        }
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, code, printed);
        assertTrue(printed.startsWith("from-cli\nexperiment from-cli: failed -- dataset: source folder " + home.resolve("absent")), printed);
        assertEquals("Experiment", platform.client().fetchHistory("from-cli").getEvents().get(0)
                .getWorkflowExecutionStartedEventAttributes().getWorkflowType().getName());
    }
}

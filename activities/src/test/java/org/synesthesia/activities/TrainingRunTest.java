package org.synesthesia.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.records.RecordActivitiesImpl;
import org.synesthesia.activities.training.GanTrainingActivityImpl;
import org.synesthesia.activities.training.MissingCapability;
import org.synesthesia.activities.training.Trainer;
import org.synesthesia.activities.training.TrainingRun;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.trial.GanTrainingActivity;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/** One trial through TrainingRun, on a real PostgreSQL, with a real (tiny) training loop. */
class TrainingRunTest {
    static EmbeddedRecords records;
    @TempDir Path runs;
    TestActivityEnvironment env;
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @BeforeAll static void start() { records = new EmbeddedRecords(); }
    @AfterAll static void stop() throws Exception { records.close(); }

    @BeforeEach
    void open() {
        records.clear();
        new RecordActivitiesImpl(records.db, "test").openExperiment(new ExperimentOpening("e1", "e1", null));
        env = TestActivityEnvironment.newInstance();
    }

    @AfterEach void close() { env.close(); }

    private GanTrainingActivity activity(Trainer trainer) {
        TrainingRun run = new TrainingRun(records.db, runs, "test-worker", Progress.NONE, Duration.ofSeconds(1), metrics);
        env.registerActivitiesImplementations(new GanTrainingActivityImpl(run, trainer));
        return env.newActivityStub(GanTrainingActivity.class, ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofMinutes(1))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build()).build());
    }

    private TrialRequest trial(String pairs, Map<String, Object> config) {
        return new TrialRequest("e1", "e1/gan-s2i", null, TrialKind.GAN, Direction.S2I, pairs, config);
    }

    @Test
    void aTrialRecordsItsCheckpointsMetricsAndWeightsOnceAndIsNotRunAgain() throws Exception {
        GanTrainingActivity gan = activity(new DescentTrainer());
        TrialResult first = gan.trainGan(trial(null, Map.of("steps", 6)));
        TrialResult again = gan.trainGan(trial(null, Map.of("steps", 6)));

        assertTrue(first.succeeded());
        assertEquals(first, again);
        assertEquals(DescentTrainer.expectedW(6, 3.0), first.metrics().get("w"), 1e-12);
        assertEquals(List.of("start 1"), Files.readAllLines(runs.resolve("e1/gan-s2i/attempts.log")), "the second call ran nothing");
        assertEquals(List.of(List.of("completed", 1, "test-worker")), records.rows("SELECT status, attempts, worker FROM trial"));
        assertEquals(6, records.count("SELECT count(*) FROM checkpoint WHERE trial_id = 'e1/gan-s2i'"));
        assertEquals(6, records.count("SELECT count(*) FROM metric WHERE name = 'loss' AND trial_id = 'e1/gan-s2i'"));
        assertEquals(1, records.count("SELECT count(*) FROM artifact WHERE kind = 'weights'"));
        assertEquals(1, records.count("SELECT count(*) FROM step WHERE name = 'gan-s2i'"));
        assertTrue(first.checkpoint().endsWith("step-000006.json"));
    }

    @Test
    void aCrashedAttemptResumesFromItsLastCheckpointAndEndsWhereAnUninterruptedRunDoes() throws Exception {
        GanTrainingActivity gan = activity(new DescentTrainer());
        TrialRequest request = trial(null, Map.of("steps", 8, "crashAtStep", 5));
        assertThrows(ActivityFailure.class, () -> gan.trainGan(request));
        assertEquals("running", records.value("SELECT status FROM trial"), "a retryable crash leaves the trial to its retry");

        TrialResult result = gan.trainGan(request);

        assertEquals(List.of("start 1", "start 5"), Files.readAllLines(runs.resolve("e1/gan-s2i/attempts.log")));
        assertEquals(DescentTrainer.expectedW(8, 3.0), result.metrics().get("w"), 1e-12);
        assertEquals(8, records.count("SELECT count(*) FROM checkpoint"));
        assertEquals(8, records.count("SELECT count(DISTINCT step) FROM metric WHERE name = 'loss'"));
        assertEquals(List.of(List.of("completed", 2)), records.rows("SELECT status, attempts FROM trial"));
        assertEquals(1, metrics.get("synesthesia.trial.attempt").tags("kind", "gan", "outcome", "retry").timer().count());
        assertEquals(1, metrics.get("synesthesia.trial.attempt").tags("kind", "gan", "outcome", "completed").timer().count());
    }

    @Test
    void aCorruptCheckpointIsSkippedForTheLastIntactOne() throws Exception {
        GanTrainingActivity gan = activity(new DescentTrainer());
        TrialRequest request = trial(null, Map.of("steps", 8, "crashAtStep", 5));
        assertThrows(ActivityFailure.class, () -> gan.trainGan(request));
        Files.writeString(runs.resolve("e1/gan-s2i/checkpoints/step-000004.json"), "{\"step\": 4, \"w\": 99}");

        TrialResult result = gan.trainGan(request);

        assertEquals(List.of("start 1", "start 4"), Files.readAllLines(runs.resolve("e1/gan-s2i/attempts.log")));
        assertEquals(DescentTrainer.expectedW(8, 3.0), result.metrics().get("w"), 1e-12);
    }

    @Test
    void aMissingPairStoreFailsWithoutRetryAndIsRecorded() {
        GanTrainingActivity gan = activity(new DescentTrainer());
        ActivityFailure failure = assertThrows(ActivityFailure.class,
                () -> gan.trainGan(trial(runs.resolve("no-such-pairs").toString(), Map.of())));
        ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failure.getCause());
        assertTrue(cause.isNonRetryable());
        assertEquals(StepOptions.BAD_INPUT, cause.getType());
        assertTrue(cause.getOriginalMessage().contains("no-such-pairs does not exist"), cause.getOriginalMessage());
        // the trial row is not even opened: the input was refused before any work
        assertEquals(0, records.count("SELECT count(*) FROM trial WHERE status = 'completed'"));
    }

    @Test
    void aCapabilityCoreLacksFailsAtOnceAndSaysSo() {
        GanTrainingActivity gan = activity(new MissingCapability("GAN training (synesthesia train s2i|i2s)", "the GAN issue"));
        ActivityFailure failure = assertThrows(ActivityFailure.class, () -> gan.trainGan(trial(null, Map.of())));
        ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failure.getCause());
        assertTrue(cause.isNonRetryable());
        assertEquals(StepOptions.UNAVAILABLE, cause.getType());
        assertEquals(List.of(List.of("failed", cause.getOriginalMessage())), records.rows("SELECT status, failure FROM trial"));
        assertTrue(cause.getOriginalMessage().startsWith("GAN training (synesthesia train s2i|i2s) is not in core yet"));
    }
}

package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowOptions;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.synesthesia.workflows.sweep.EncoderSweepInput;
import org.synesthesia.workflows.sweep.EncoderSweepWorkflow;
import org.synesthesia.workflows.sweep.SweepResult;

/**
 * A 24-trial sweep of tiny real models on the local platform (gRPC Temporal test server, embedded
 * PostgreSQL, one worker) completes with the configured parallelism. Prints the wall time and the
 * orchestration overhead per activity that BENCHMARKS.md reports.
 */
class SweepLoadTest {
    static final int PARALLELISM = 4;
    @TempDir static Path home;
    static LocalPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.start(new LocalPlatform.Settings(home, Processes.freePort(), Processes.freePort(), true,
                new CoreDatasetSteps(), Trainers.core().withEncoder(new DescentTrainer()), StepOptions.of(Duration.ofMinutes(5), Duration.ofMinutes(1)),
                2, PARALLELISM, Progress.NONE, new SimpleMeterRegistry()));
    }

    @AfterAll static void stop() throws Exception { platform.close(); }

    /** Runs a 3 x 8 sweep whose trials take {@code 1..8 x stepMillis}-ish of work; returns {wall s, overhead ms per activity}. */
    private double[] sweep(String id, long stepMillis) {
        List<Map<String, Object>> settings = new ArrayList<>();
        for (int steps = 1; steps <= 8; steps++) settings.add(Map.of("steps", steps, "stepMillis", stepMillis));
        EncoderSweepInput input = new EncoderSweepInput(id, "load", Direction.S2I, null, List.of("lms", "cqt", "raw"), settings,
                "loss", "min", PARALLELISM);
        EncoderSweepWorkflow wf = platform.client().newWorkflowStub(EncoderSweepWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(id + "/sweep-load").build());
        long t0 = System.nanoTime();
        SweepResult result = wf.sweep(input);
        double wall = (System.nanoTime() - t0) / 1e9;

        assertEquals(24, result.trials().size());
        assertTrue(result.trials().stream().allMatch(t -> t.succeeded()), result.toString());
        assertEquals(id + "/sweep-load/trial-007-lms", result.bestTrialId(), "most steps, lowest loss; the earliest wins a tie");
        List<List<Object>> spans = KillWorkerTest.rows(platform,
                "SELECT started_at, finished_at FROM trial WHERE sweep_id = '" + id + "/sweep-load'");
        assertEquals(24, spans.size());
        assertEquals(PARALLELISM, peakOverlap(spans), "trials in flight at once");
        double inside = spans.stream().mapToDouble(s -> millis(s.get(1)) - millis(s.get(0))).sum() / 1000;
        double overheadMs = (wall * PARALLELISM - inside) / 24 * 1000;
        System.out.printf(Locale.ROOT, "sweep %s: 24 trials, parallelism %d, wall %.2f s, inside activities %.2f s, overhead %.0f ms per activity%n",
                id, PARALLELISM, wall, inside, overheadMs);
        return new double[] {wall, overheadMs};
    }

    @Test
    void twentyFourTrialsCompleteWithTheConfiguredParallelism() {
        sweep("load-warmup", 0);
        sweep("load-empty", 0);
        double[] real = sweep("load-work", 100);
        assertTrue(real[0] < 120, "a 24-trial sweep of tiny models takes seconds, not minutes: " + real[0]);
    }

    private static double millis(Object timestamp) { return ((Timestamp) timestamp).getTime(); }

    private static int peakOverlap(List<List<Object>> spans) {
        int peak = 0;
        for (List<Object> a : spans) {
            double t = millis(a.get(0)) + 1; // just after this trial started
            int n = 0;
            for (List<Object> b : spans) if (millis(b.get(0)) <= t && t < millis(b.get(1))) n++;
            peak = Math.max(peak, n);
        }
        return peak;
    }
}

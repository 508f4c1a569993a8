package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.WorkerFactory;
import java.util.Set;
import org.synesthesia.activities.PlatformWorker;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.DescentTrainer;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.gan.GanInput;
import org.synesthesia.workflows.gan.GanTrainingWorkflow;
import org.synesthesia.workflows.trial.TrialResult;

/**
 * kill -9 of a worker in the middle of training, with real processes on loopback: the servers run
 * here, workers in child JVMs. A second worker takes over, the trial resumes from its last
 * checkpoint, and no row or file is duplicated or lost.
 */
class KillWorkerTest {
    static final int STEPS = 40;

    @Test
    void aKilledWorkersTrainingResumesOnAnotherFromItsLastCheckpoint(@TempDir Path home) throws Exception {
        int temporalPort = Processes.freePort();
        int dbPort = Processes.freePort();
        LocalPlatform.Settings servers = new LocalPlatform.Settings(home, temporalPort, dbPort, false, null, null, null, 0, 0,
                Progress.NONE, null);
        try (LocalPlatform platform = LocalPlatform.start(servers)) {
            Path runs = home.resolve("runs");
            String target = "127.0.0.1:" + temporalPort;
            // The orchestrating worker (workflows, records) stays up here; the training workers are the processes we kill.
            WorkerFactory orchestration = new PlatformWorker("orchestrator", Set.of(TaskQueues.WORKFLOWS, TaskQueues.CPU), platform.db(), runs,
                    new CoreDatasetSteps(), Trainers.core(), DescentWorkerMain.OPTIONS, 2, 0, Progress.NONE, new SimpleMeterRegistry())
                    .start(platform.client());
            Process first = Processes.java(home.resolve("worker-a.log"), DescentWorkerMain.class, target, platform.jdbcUrl(), runs.toString(), "worker-a", TaskQueues.GPU);
            Process second = null;
            try {
                GanTrainingWorkflow gan = platform.client().newWorkflowStub(GanTrainingWorkflow.class,
                        WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId("k1/gan").build());
                WorkflowClient.start(gan::train, new GanInput("k1", Direction.S2I, null, null, null,
                        Map.of("steps", STEPS, "stepMillis", 150)));

                long seenBeforeKill = waitForCheckpoints(platform, 8, 90);
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                first.waitFor();
                second = Processes.java(home.resolve("worker-b.log"), DescentWorkerMain.class, target, platform.jdbcUrl(), runs.toString(), "worker-b", TaskQueues.GPU);

                TrialResult result = WorkflowStub.fromTyped(gan).getResult(60, TimeUnit.SECONDS, TrialResult.class);

                assertTrue(result.succeeded(), result.failure());
                assertEquals(DescentTrainer.expectedW(STEPS, 3.0), result.metrics().get("w"), 1e-12, "ends where an uninterrupted run ends");
                // One line per attempt that ran: the first from scratch, every later one from a checkpoint.
                List<String> attempts = Files.readAllLines(runs.resolve("k1/gan-s2i/attempts.log"));
                assertTrue(attempts.size() >= 2, attempts.toString());
                assertEquals("start 1", attempts.get(0));
                long resumedAt = Long.parseLong(attempts.get(1).substring("start ".length()));
                assertTrue(resumedAt > seenBeforeKill, "resumed at step " + resumedAt + ", after the " + seenBeforeKill + " checkpoints seen before the kill");
                assertTrue(attempts.stream().skip(1).noneMatch("start 1"::equals), attempts.toString());
                assertEquals(List.of(List.of("completed", attempts.size(), "worker-b")), rows(platform, "SELECT status, attempts, worker FROM trial"));
                assertEquals(List.of(List.of((long) STEPS, 1L, (long) STEPS)),
                        rows(platform, "SELECT count(*), min(step), max(step) FROM checkpoint"));
                assertEquals(List.of(List.of((long) STEPS)), rows(platform, "SELECT count(*) FROM metric WHERE name = 'loss'"));
                assertEquals(List.of(List.of(1L)), rows(platform, "SELECT count(*) FROM artifact"));
                assertEquals(List.of(List.of(1L)), rows(platform, "SELECT count(*) FROM step"));
                try (var files = Files.list(runs.resolve("k1/gan-s2i/checkpoints"))) {
                    assertEquals(STEPS, files.filter(f -> f.getFileName().toString().endsWith(".json")).count(), "no stray temp files");
                }
            } catch (Throwable t) {
                for (String log : List.of("worker-a.log", "worker-b.log"))
                    if (Files.exists(home.resolve(log))) System.err.println("---- " + log + "\n" + Files.readString(home.resolve(log)));
                System.err.println("---- trial: " + rows(platform, "SELECT status, attempts, worker, failure FROM trial"));
                System.err.println("---- checkpoints: " + rows(platform, "SELECT count(*) FROM checkpoint"));
                platform.client().fetchHistory("k1/gan").getEvents().forEach(e -> System.err.println("  " + e.getEventType()
                        + (e.hasWorkflowTaskScheduledEventAttributes() ? " " + e.getWorkflowTaskScheduledEventAttributes().getTaskQueue().getName() : "")
                        + (e.hasActivityTaskStartedEventAttributes() ? " " + e.getActivityTaskStartedEventAttributes().getIdentity() + " attempt " + e.getActivityTaskStartedEventAttributes().getAttempt() : "")
                        + (e.hasActivityTaskTimedOutEventAttributes() ? " " + e.getActivityTaskTimedOutEventAttributes().getFailure().getMessage() : "")));
                throw t;
            } finally {
                orchestration.shutdownNow();
                first.destroyForcibly();
                if (second != null) second.destroyForcibly();
            }
        }
    }

    private static long waitForCheckpoints(LocalPlatform platform, long atLeast, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Object n = platform.db().inTransaction(c -> Statements.value(c, "SELECT count(*) FROM checkpoint"));
            if (((Number) n).longValue() >= atLeast) return ((Number) n).longValue();
            Thread.sleep(50);
        }
        throw new AssertionError("the first worker wrote no " + atLeast + " checkpoints in " + seconds + " s");
    }

    static List<List<Object>> rows(LocalPlatform platform, String sql) {
        return platform.db().inTransaction(c -> {
            List<List<Object>> rows = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new java.util.ArrayList<>();
                    for (int i = 1; i <= n; i++) row.add(r.getObject(i));
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}

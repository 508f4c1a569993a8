package org.synesthesia.activities.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.EmbeddedRecords;
import org.synesthesia.activities.records.RecordActivitiesImpl;
import org.synesthesia.io.Json;
import org.synesthesia.sweep.ToyObjective;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.WorkflowTypes;
import org.synesthesia.workflows.sweep.SweepInput;
import org.synesthesia.workflows.sweep.SweepOutcome;
import org.synesthesia.workflows.sweep.SweepState;
import org.synesthesia.workflows.sweep.SweepWorkflow;

/**
 * The Sweep workflow on Temporal's test server with the real sweep activities, a real
 * PostgreSQL and the toy trial (core's deterministic objective; {@code millis} per rung).
 */
class SweepWorkflowTest {
    static EmbeddedRecords records;
    @TempDir Path runs;
    private TestWorkflowEnvironment env;
    private WorkflowClient client;

    static final Map<String, Object> SPACE = Map.of(
            "encoding", Map.of("values", List.of("lms", "cqt", "wave")),
            "x", Map.of("min", 0.0, "max", 1.0),
            "lr", Map.of("min", 1e-5, "max", 1e-1, "scale", "log"));

    @BeforeAll static void database() { records = new EmbeddedRecords(); }

    @AfterAll static void closeDatabase() throws IOException { records.close(); }

    @BeforeEach
    void start() {
        records.clear();
        env = TestWorkflowEnvironment.newInstance();
        client = env.getWorkflowClient();
        // one-second heartbeats so that a cancel reaches a running toy trial within a second
        StepOptions options = StepOptions.of(Duration.ofMinutes(10), Duration.ofSeconds(1));
        WorkflowTypes.register(env.newWorker(TaskQueues.WORKFLOWS), options);
        WorkerOptions wide = WorkerOptions.newBuilder().setMaxConcurrentActivityExecutionSize(8).build();
        env.newWorker(TaskQueues.CPU, wide).registerActivitiesImplementations(new SweepActivitiesImpl(records.db, "w1"),
                new RecordActivitiesImpl(records.db, "w1"));
        env.newWorker(TaskQueues.GPU, wide).registerActivitiesImplementations(new SweepTrialActivityImpl(records.db, runs, "w1",
                SweepTrialActivityImpl.standardRunners(), Duration.ofMillis(50)));
        env.start();
    }

    @AfterEach void stop() { env.close(); }

    private SweepWorkflow stub(String id) {
        return client.newWorkflowStub(SweepWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(id).build());
    }

    private static SweepInput toy(String method, Integer maxTrials, Map<String, Object> stopping, int parallelism,
                                  int trialsPerRun, long millis, Map<String, Object> space) {
        return new SweepInput(null, "search", "toy", null, Map.of("millis", millis), space, method, 5L, 2,
                Map.of("metric", "toy", "goal", "max"), stopping, 9, parallelism, maxTrials, 3, trialsPerRun);
    }

    @Test
    void ashaRandomSweepStopsAThirdEarlyKeepsTheBestAndContinuesAsNewWithoutDuplicates() throws Exception {
        SweepWorkflow wf = stub("toy-asha");
        SweepOutcome out = wf.run(toy("random", 24, Map.of("rule", "asha", "minBudget", 1, "eta", 3), 3, 10, 0, SPACE), null);

        assertEquals("completed", out.status(), out.reason());
        String sweep = "toy-asha/sweep-search";
        assertEquals(24, records.count("SELECT count(DISTINCT trial_index) FROM trial WHERE sweep_id = '" + sweep + "'"));
        assertEquals(24, records.count("SELECT count(*) FROM trial WHERE sweep_id = '" + sweep + "'"));
        assertEquals(0, records.count("SELECT count(*) FROM trial WHERE sweep_id = '" + sweep + "' AND status NOT IN ('completed', 'stopped')"));
        long stopped = records.count("SELECT count(*) FROM trial WHERE sweep_id = '" + sweep + "' AND status = 'stopped'");
        assertTrue(stopped >= 8, "ASHA stopped " + stopped + " of 24");
        // the true best by the toy's quality among all 24 suggestions ran to the end and is the sweep's best
        String trueBest = null;
        double bestQuality = -1;
        for (List<Object> row : records.rows("SELECT id, params::text FROM trial WHERE sweep_id = '" + sweep + "'")) {
            double q = ToyObjective.quality(Json.read((String) row.get(1), LinkedHashMap.class));
            if (q > bestQuality) {
                bestQuality = q;
                trueBest = (String) row.get(0);
            }
        }
        assertEquals(trueBest, out.bestTrialId());
        assertEquals(bestQuality, out.bestValue(), 1e-9);
        assertEquals(trueBest, records.value("SELECT best_trial_id FROM sweep WHERE id = '" + sweep + "'"));
        assertTrue(wf.state().generation() >= 2, "continued as new every 10 trials: generation " + wf.state().generation());
        assertEquals(24, out.trials().values().stream().mapToInt(Integer::intValue).sum());

        // the README's queries, on these records
        assertEquals(24, query("sweep-runs", sweep).size());
        List<List<Object>> perEncoding = query("best-trial-per-encoding", sweep);
        String best = trueBest;
        assertTrue(perEncoding.stream().anyMatch(r -> r.get(1).equals(best)), perEncoding.toString());
        assertEquals(stopped, query("stopped-early", sweep).size());
        assertTrue(query("stopped-early", sweep).stream().allMatch(r -> ((String) r.get(2)).startsWith("asha: toy")));
        List<List<Object>> quartiles = query("parameter-effect", sweep);
        assertTrue(!quartiles.isEmpty() && quartiles.size() <= 4, quartiles.toString());
        assertTrue(query("learning-curves", sweep).size() >= 24);
    }

    @Test
    void aGridRunsEveryPointOnceAndATargetEndsTheSweepEarly() {
        Map<String, Object> space = Map.of("encoding", Map.of("values", List.of("lms", "cqt", "wave")), "x", Map.of("min", 0.0, "max", 0.9, "type", "float"),
                "width", Map.of("values", List.of(4, 8)));
        SweepOutcome grid = stub("toy-grid").run(toy("grid", null, null, 2, 50, 0, space), null);
        assertEquals(12, grid.trials().get("completed"), grid.toString()); // 3 encodings x 2 values of x x 2 widths
        assertEquals(12, records.count("SELECT count(DISTINCT params) FROM trial WHERE sweep_id = 'toy-grid/sweep-search'"));

        SweepInput targeted = new SweepInput(null, "target", "toy", null, Map.of(), SPACE, "random", 5L, null,
                Map.of("metric", "toy", "goal", "max", "target", 0.5), null, 3, 1, 100, 3, 50);
        SweepOutcome early = stub("toy-target").run(targeted, null);
        assertTrue(early.reason().contains("reached the target"), early.toString());
        assertTrue(early.trials().get("completed") < 100);
        assertTrue(early.bestValue() >= 0.5);
    }

    @Test
    void pauseResumeParallelismAndStopMidSweepLoseAndDuplicateNothing() {
        SweepWorkflow wf = stub("toy-ctl");
        WorkflowClient.start(wf::run, toy("random", 40, null, 2, 50, 150, SPACE), null);
        waitFor(() -> wf.state().running().size() == 2);
        wf.pause();
        waitFor(() -> wf.state().running().isEmpty());
        int launched = wf.state().nextIndex();
        sleep(400);
        assertEquals(launched, wf.state().nextIndex(), "no trial starts while paused");
        assertEquals("paused", wf.state().status());
        wf.setParallelism(4);
        wf.resume();
        waitFor(() -> wf.state().running().size() == 4);
        wf.stop();
        SweepOutcome out = WorkflowStub.fromTyped(wf).getResult(SweepOutcome.class);

        assertEquals("stopped", out.status());
        int started = wf.state().nextIndex();
        assertTrue(started < 40, "stop ended the sweep early at " + started);
        String sweep = "toy-ctl/sweep-search";
        assertEquals(started, records.count("SELECT count(*) FROM trial WHERE sweep_id = '" + sweep + "'"));
        assertEquals(started, records.count("SELECT count(*) FROM trial WHERE sweep_id = '" + sweep + "' AND status = 'completed'"),
                "stop lets running trials finish");
        assertEquals("stopped", records.value("SELECT status FROM sweep WHERE id = '" + sweep + "'"));
    }

    @Test
    void cancelEndsRunningTrialsAtTheirNextHeartbeatAndRecordsThem() {
        SweepWorkflow wf = stub("toy-cancel");
        WorkflowClient.start(wf::run, toy("random", 20, null, 3, 50, 5_000, SPACE), null);
        waitFor(() -> wf.state().running().size() == 3);
        long t0 = System.nanoTime();
        wf.cancel();
        SweepOutcome out = WorkflowStub.fromTyped(wf).getResult(SweepOutcome.class);
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertEquals("cancelled", out.status());
        assertTrue(seconds < 4, "cancel did not wait for the 5 s rungs: " + seconds);
        String sweep = "toy-cancel/sweep-search";
        assertEquals(3, records.count("SELECT count(*) FROM trial WHERE sweep_id = '" + sweep + "'"));
        assertEquals(3, records.count("SELECT count(*) FROM trial WHERE sweep_id = '" + sweep + "' AND status = 'cancelled' AND finished_at IS NOT NULL"));
    }

    @Test
    void aSweepStartedByTypeNameWithOnlyItsSpecEndsAtItsFailedTrialCap() throws Exception {
        // what the Temporal UI sends: the type name and one JSON input, no cursor
        String json = """
                {"name": "doomed", "trial": "toy", "fixed": {"fail": true}, "space": {"x": {"min": 0.0, "max": 1.0}},
                 "method": "random", "maxTrials": 10, "maxFailedTrials": 2, "parallelism": 1, "objective": {"metric": "toy"}}
                """;
        WorkflowStub stub = client.newUntypedWorkflowStub("Sweep",
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId("ui-sweep").build());
        stub.start(Json.MAPPER.readTree(json));
        SweepOutcome out = stub.getResult(SweepOutcome.class);

        assertEquals("failed", out.status());
        assertEquals("2 trials failed (maxFailedTrials 2)", out.reason());
        assertEquals("toy trial asked to fail (\"fail\": true)",
                records.value("SELECT failure FROM trial WHERE id = 'ui-sweep/sweep-doomed/trial-000'"));
    }

    private List<List<Object>> query(String name, String sweep) throws IOException {
        String sql = SweepQueries.read(Path.of("..", "docs", "sweep-queries.sql")).get(name).replace(":'sweep'", "?");
        return records.db.inTransaction(c -> {
            List<List<Object>> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) s.setString(i, sweep);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) row.add(r.getObject(i));
                        rows.add(row);
                    }
                }
            }
            return rows;
        });
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("condition not reached in 20 s");
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

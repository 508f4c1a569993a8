package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import org.synesthesia.activities.metrics.MetricsEndpoint;
import org.synesthesia.activities.metrics.WorkerMeters;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.dataset.DatasetSpec;
import org.synesthesia.workflows.experiment.ExperimentInput;
import org.synesthesia.workflows.experiment.ExperimentResult;
import org.synesthesia.workflows.experiment.ExperimentWorkflow;
import org.synesthesia.workflows.experiment.GanSpec;
import org.synesthesia.workflows.experiment.HumanSpec;
import org.synesthesia.workflows.experiment.SweepSpec;
import org.synesthesia.workflows.human.Rating;

/**
 * The dashboards against real data: a tiny experiment in local mode (synthesized dataset, a
 * two-trial encoder sweep whose trials crash once and resume, a GAN, its evaluation and a
 * three-answer human study) exports through a worker's /metrics, a real Prometheus scrapes it
 * every second, and every PromQL query of every dashboard panel must be valid and return data,
 * reading only metric names the worker exported.
 */
class DashboardQueriesTest {
    @TempDir Path home;

    @Test
    void everyPanelQueryReturnsDataFromATinyExperimentScrapedByARealPrometheus() throws Exception {
        assumeTrue(Files.isExecutable(PrometheusServer.BINARY),
                "needs Debian's prometheus at " + PrometheusServer.BINARY + " (./build.sh test installs it)");
        Map<String, JsonNode> dashboards = Dashboards.read();
        assertFalse(dashboards.isEmpty());

        PrometheusMeterRegistry registry = WorkerMeters.prometheus("local");
        Trainers trainers = new Trainers(new StepDescentTrainer(), new StepDescentTrainer(), new DistanceJudge());
        try (MetricsEndpoint endpoint = MetricsEndpoint.serve(registry, "127.0.0.1", 0);
             PrometheusServer prometheus = PrometheusServer.start(home.resolve("prometheus"), "127.0.0.1:" + endpoint.port());
             LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Settings(home.resolve("local"), Processes.freePort(),
                     Processes.freePort(), true, new CoreDatasetSteps(), trainers, StepOptions.of(Duration.ofMinutes(5), Duration.ofMinutes(1)),
                     2, 2, DashboardQueriesTest::stage, registry))) {
            Instant start = Instant.now().minusSeconds(2);
            ExperimentInput input = new ExperimentInput("observe", DatasetSpec.synthesized("tiny", 1),
                    List.of(new SweepSpec("s2i", Direction.S2I, List.of("lms", "cqt"),
                            List.of(Map.of("steps", 12, "stepMillis", 250, "crashAtStep", 4)), "test_accuracy", "max", 2)),
                    List.of(new GanSpec(Direction.S2I, Map.of("steps", 12, "stepMillis", 250))), true, new HumanSpec("panel", 3, 1));
            ExperimentWorkflow workflow = platform.client().newWorkflowStub(ExperimentWorkflow.class,
                    WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId("observe").build());
            WorkflowClient.start(workflow::run, input);
            answer(platform, "observe/human-panel", WorkflowStub.fromTyped(workflow));
            ExperimentResult result = WorkflowStub.fromTyped(workflow).getResult(ExperimentResult.class);
            assertTrue(result.succeeded(), result.toString());

            // what happened, as the worker counted it: both encoder trials crashed once and resumed
            assertEquals(2, count(registry, "synesthesia.activity.failed", "TrainEncoder"), "failed attempts");
            assertEquals(2, count(registry, "synesthesia.activity.retried", "TrainEncoder"), "retried attempts");
            // two encoder trials twice each, and the three judges (trained by the same activity) once
            assertEquals(4 + 3, count(registry, "synesthesia.activity.started", "TrainEncoder"), "started attempts");
            assertEquals(2, count(registry, "synesthesia.activity.resumes", "TrainEncoder"), "resumed attempts");
            assertEquals(1, count(registry, "synesthesia.activity.succeeded", "TrainGan"), "the GAN trained at once");
            assertEquals(3, registry.get("synesthesia.study.answers").tag("outcome", "recorded").counter().count());
            assertEquals(1, registry.get("synesthesia.study.answers").tag("outcome", "dropped").counter().count());
            // the experiment's pairs and its pose judge's drawn pictures, both prepared by this worker
            List<List<Object>> datasets = KillWorkerTest.rows(platform, "SELECT id, pairs FROM dataset ORDER BY id");
            assertEquals(List.of("observe/dataset", "observe/poses"), datasets.stream().map(r -> r.get(0)).toList());
            assertEquals(result.dataset().pairs(), ((Number) datasets.get(0).get(1)).intValue());
            assertEquals(datasets.stream().mapToDouble(r -> ((Number) r.get(1)).doubleValue()).sum(),
                    registry.get("synesthesia.data.pairs").counter().count());
            assertTrue(registry.get("synesthesia.data.prepared").counter().count() > 10, "the tiny dataset has seconds of performance");

            Instant end = Instant.now();
            while (prometheus.scrapes(end) < 3) Thread.sleep(500); // the last values are in Prometheus
            Instant now = Instant.now();
            Set<String> exported = new TreeSet<>(); // every name the worker exported while it ran (training series end with their trial)
            for (JsonNode name : prometheus.api("/api/v1/label/__name__/values", "match[]", "{job=\"synesthesia-workers\"}",
                    "start", Long.toString(start.getEpochSecond()), "end", Long.toString(now.getEpochSecond())).path("data"))
                exported.add(name.asText());
            assertTrue(exported.containsAll(exportedNames(registry.scrape())), "Prometheus has every name of the last scrape");
            Map<String, String> builtins = Map.of("__rate_interval", "5s", "__interval", "2s",
                    "__range", Duration.between(start, now).toSeconds() + "s");

            List<String> failures = new ArrayList<>();
            int checked = 0;
            for (var d : dashboards.entrySet()) {
                Map<String, String> values = new HashMap<>(builtins);
                for (JsonNode v : d.getValue().path("templating").path("list"))
                    values.put(v.path("name").asText(), variableValue(prometheus, v, start, now));
                for (Dashboards.Query q : Dashboards.queries(d.getKey(), d.getValue())) {
                    checked++;
                    for (String metric : Dashboards.metrics(q.expr()))
                        if (!exported.contains(metric)) failures.add(q + ": reads " + metric + ", which the worker does not export");
                    String expr = substitute(q.expr(), values);
                    JsonNode r = prometheus.queryRange(expr, start, now, Duration.ofSeconds(1));
                    if (!"success".equals(r.path("status").asText())) failures.add(q + ": invalid: " + r.path("error").asText());
                    else if (r.path("data").path("result").isEmpty()) failures.add(q + ": no data (as run: " + expr + ")");
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertTrue(checked >= 20, "the dashboards ask at least 20 questions: " + checked);
        }
    }

    private static double count(PrometheusMeterRegistry registry, String name, String activity) {
        return registry.get(name).tag("activity", activity).counter().count();
    }

    /** Sends the human study its answers (one malformed, dropped) a little apart, so scrapes see it pending. */
    private static void answer(LocalPlatform platform, String workflowId, WorkflowStub experiment) throws InterruptedException {
        List<Rating> ratings = List.of(new Rating("vn_0001.png", "r1", "vn", 4), new Rating("vn_0001.png", "r2", "not-an-instrument", 3),
                new Rating("fl_0001.png", "r1", "fl", 5), new Rating("tpt_0001.png", "r3", "tpt", 2));
        Instant deadline = Instant.now().plusSeconds(240);
        int sent = 0;
        while (sent < ratings.size()) {
            try {
                platform.client().newUntypedWorkflowStub(workflowId).signal("rate", ratings.get(sent));
                sent++;
                Thread.sleep(1500);
            } catch (io.temporal.client.WorkflowNotFoundException e) {
                if (Instant.now().isAfter(deadline)) throw new AssertionError("the human study never opened: " + workflowId);
                if (experiment.describe().getStatus() != io.temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING)
                    return; // it ended without one; its result says why
                Thread.sleep(500);
            }
        }
    }

    /** A query variable's first value in the window (so it is live too); a custom one's first option. */
    private static String variableValue(PrometheusServer prometheus, JsonNode variable, Instant start, Instant end) throws Exception {
        String query = variable.path("query").isObject() ? variable.path("query").path("query").asText() : variable.path("query").asText();
        Matcher m = Pattern.compile("label_values\\((?:(.+),\\s*)?(\\w+)\\)").matcher(query);
        assertTrue(m.matches(), variable.path("name").asText() + ": a label_values query: " + query);
        List<String> params = new ArrayList<>(List.of("start", Long.toString(start.getEpochSecond()), "end", Long.toString(end.getEpochSecond())));
        if (m.group(1) != null) params.addAll(List.of("match[]", m.group(1)));
        JsonNode values = prometheus.api("/api/v1/label/" + m.group(2) + "/values", params.toArray(String[]::new)).path("data");
        assertFalse(values.isEmpty(), "variable " + variable.path("name").asText() + " has values: " + query);
        String v = values.get(0).asText();
        return variable.path("includeAll").asBoolean() ? ".*" : v;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> STAGES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Prints each stage once, with the time, so a slow run shows where it spent its time. */
    private static void stage(String stage, long done, long total) {
        if (STAGES.putIfAbsent(stage, true) == null) System.out.println(Instant.now() + " " + stage);
    }

    static String substitute(String expr, Map<String, String> values) {
        Matcher m = Dashboards.VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            assertTrue(v != null, "variable $" + m.group(1) + " is defined: " + expr);
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Metric names in an exposition, with a histogram's or summary's series suffixes stripped back to the family too. */
    static Set<String> exportedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String name = line.split("[{ ]", 2)[0];
            names.add(name);
        }
        return names;
    }

    @Test
    void substitutionReplacesBothVariableForms() {
        assertEquals("rate(x{trial=~\"a/b\"}[5s])", substitute("rate(x{trial=~\"$trial\"}[${__rate_interval}])",
                Map.of("trial", "a/b", "__rate_interval", "5s")));
    }
}

package org.synesthesia.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import org.synesthesia.activities.dataset.DatasetSteps;
import org.synesthesia.activities.metrics.MetricsEndpoint;
import org.synesthesia.activities.metrics.WorkerMeters;
import org.synesthesia.io.Json;
import org.synesthesia.progress.TerminalProgress;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.experiment.ExperimentInput;
import org.synesthesia.workflows.experiment.ExperimentResult;
import org.synesthesia.workflows.experiment.ExperimentWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synesthesia local}: the whole platform in this process, running one experiment (the demo by default). */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Start Temporal's test server, an embedded PostgreSQL and a worker on every queue in this process, "
                + "and run an experiment (the built-in demo when no file is given).",
                "Running it again with the same --id picks up from what the database and run folder hold."})
public final class LocalCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT.json", description = "The experiment, as the Temporal UI would take it.")
    Path experiment;

    @Option(names = "--id", description = "Experiment id (the workflow id); default: the experiment's name.")
    String id;

    @Option(names = "--home", defaultValue = "synesthesia-local", description = "Folder for the database and the runs (default: ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = "--temporal-port", defaultValue = "7233", description = "Loopback port of the Temporal test server (default: ${DEFAULT-VALUE}).")
    int temporalPort;

    @Option(names = "--db-port", defaultValue = "54329", description = "Port of the embedded PostgreSQL (default: ${DEFAULT-VALUE}).")
    int dbPort;

    @Option(names = "--parallel", defaultValue = "2", description = "Training activities at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--metrics-port", defaultValue = "9464",
            description = "Port serving Prometheus metrics at /metrics, 0 for none (default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Option(names = "--metrics-host", defaultValue = "127.0.0.1", description = "Address the metrics port binds (default: ${DEFAULT-VALUE}).")
    String metricsHost;

    @Option(names = "--keep-running", description = "Keep the servers up after the experiment, to query the database, until Ctrl-C.")
    boolean keepRunning;

    private final Trainers trainers;
    private final DatasetSteps datasets;

    public LocalCommand() { this(Trainers.core(), new CoreDatasetSteps()); }

    /** With other trainers and dataset steps: how tests run the same command on small real ones. */
    public LocalCommand(Trainers trainers, DatasetSteps datasets) {
        this.trainers = trainers;
        this.datasets = datasets;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ExperimentInput input = experiment == null ? Demo.experiment() : ExperimentFiles.read(experiment);
        String experimentId = id != null ? id : input.name();
        // In-process, a dead worker means a dead server too, so heartbeat timeouts buy nothing; a
        // restart with the same id is the recovery path.
        StepOptions options = StepOptions.of(Duration.ofHours(12), Duration.ofMinutes(2));
        PrometheusMeterRegistry metrics = WorkerMeters.prometheus("local");
        LocalPlatform.Settings settings = new LocalPlatform.Settings(home, temporalPort, dbPort, true, datasets, trainers, options,
                2, parallel, new TerminalProgress(out, "units"), metrics);
        try (MetricsEndpoint endpoint = metricsEndpoint(metrics, out);
             LocalPlatform platform = LocalPlatform.start(settings)) {
            out.println("local: Temporal test server at 127.0.0.1:" + temporalPort + ", records at " + platform.jdbcUrl()
                    + " (" + platform.psql() + "), runs in " + platform.runs());
            out.println("local: running experiment " + experimentId);
            ExperimentWorkflow workflow = platform.client().newWorkflowStub(ExperimentWorkflow.class,
                    WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(experimentId).build());
            WorkflowClient.start(workflow::run, input);
            ExperimentResult result = WorkflowStub.fromTyped(workflow).getResult(ExperimentResult.class);
            Json.writeFile(platform.runs().resolve(experimentId).resolve("result.json"), result);
            ExperimentReport.print(result, out);
            out.println("local: report " + writeReport(platform.runs().resolve(experimentId), experimentId));
            out.println("local: records: " + platform.psql() + "; example queries in docs/queries.sql");
            if (keepRunning) {
                out.println("local: servers stay up; Ctrl-C to stop");
                Thread.currentThread().join();
            }
            return result.succeeded() ? 0 : 1;
        }
    }

    /** The report page of the experiment's run folders (GANs, judges, and each sweep's trials), beside them. */
    private static Path writeReport(Path experiment, String experimentId) throws java.io.IOException {
        java.nio.file.Files.createDirectories(experiment);
        java.util.List<Path> folders = new java.util.ArrayList<>(java.util.List.of(experiment));
        try (var inside = java.nio.file.Files.list(experiment)) {
            inside.filter(p -> p.getFileName().toString().startsWith("sweep-") && java.nio.file.Files.isDirectory(p)).sorted().forEach(folders::add);
        }
        Path out = experiment.resolve("report");
        org.synesthesia.report.Report.write(folders, out, "synesthesia experiment " + experimentId);
        return out.resolve(org.synesthesia.report.Report.PAGE);
    }

    /** The metrics endpoint, or none when turned off or its port is taken: a demo need not fail for want of a dashboard. */
    private MetricsEndpoint metricsEndpoint(PrometheusMeterRegistry metrics, PrintStream out) {
        if (metricsPort <= 0) return null;
        try {
            MetricsEndpoint endpoint = MetricsEndpoint.serve(metrics, metricsHost, metricsPort);
            out.println("local: metrics at " + endpoint.url());
            return endpoint;
        } catch (java.io.IOException e) {
            out.println("local: no metrics: " + e.getMessage());
            return null;
        }
    }
}

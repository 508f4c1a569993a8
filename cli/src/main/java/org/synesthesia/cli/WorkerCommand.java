package org.synesthesia.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.synesthesia.activities.PlatformWorker;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import org.synesthesia.activities.metrics.MetricsEndpoint;
import org.synesthesia.activities.metrics.WorkerMeters;
import org.synesthesia.activities.records.Database;
import org.synesthesia.io.BadInputException;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synesthesia worker}: joins a Temporal cluster and serves the queues given. Every option
 * also reads an environment variable ({@code SYNESTHESIA_*}), which is how docker-compose.yml configures it.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Join a Temporal cluster as a worker on the given queues, recording runs in PostgreSQL.")
public final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--temporal", defaultValue = "${env:SYNESTHESIA_TEMPORAL:-127.0.0.1:7233}",
            description = "Temporal frontend HOST:PORT (env SYNESTHESIA_TEMPORAL; default: ${DEFAULT-VALUE}).")
    String temporal;

    @Option(names = "--namespace", defaultValue = "${env:SYNESTHESIA_NAMESPACE:-default}",
            description = "Temporal namespace (env SYNESTHESIA_NAMESPACE; default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--db", defaultValue = "${env:SYNESTHESIA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/synesthesia}",
            description = "JDBC URL of the records database (env SYNESTHESIA_DB_URL; default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--db-user", defaultValue = "${env:SYNESTHESIA_DB_USER:-synesthesia}",
            description = "Database user (env SYNESTHESIA_DB_USER; default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:SYNESTHESIA_DB_PASSWORD:-synesthesia}",
            description = "Database password (env SYNESTHESIA_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--queues", split = ",", defaultValue = "${env:SYNESTHESIA_QUEUES:-workflows,cpu,gpu}",
            description = "Queues to serve, comma-separated, of workflows, cpu, gpu (env SYNESTHESIA_QUEUES; default: ${DEFAULT-VALUE}).")
    List<String> queues;

    @Option(names = "--backend", defaultValue = "${env:SYNESTHESIA_BACKEND:-cpu}",
            description = "The ND4J backend this worker has: cpu or gpu (env SYNESTHESIA_BACKEND; default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--runs", defaultValue = "${env:SYNESTHESIA_RUNS:-runs}",
            description = "Folder of the experiments' files, shared by every worker (env SYNESTHESIA_RUNS; default: ${DEFAULT-VALUE}).")
    Path runs;

    @Option(names = "--name", defaultValue = "${env:SYNESTHESIA_WORKER_NAME}",
            description = "This worker's name in the records (env SYNESTHESIA_WORKER_NAME; default: host-backend-pid).")
    String name;

    @Option(names = "--cpu-slots", defaultValue = "${env:SYNESTHESIA_CPU_SLOTS:-2}",
            description = "CPU activities at once (env SYNESTHESIA_CPU_SLOTS; default: ${DEFAULT-VALUE}).")
    int cpuSlots;

    @Option(names = "--gpu-slots", defaultValue = "${env:SYNESTHESIA_GPU_SLOTS:-1}",
            description = "Training activities at once (env SYNESTHESIA_GPU_SLOTS; default: ${DEFAULT-VALUE}).")
    int gpuSlots;

    @Option(names = "--metrics-port", defaultValue = "${env:SYNESTHESIA_METRICS_PORT:-9464}",
            description = "Port serving Prometheus metrics at /metrics, 0 for none (env SYNESTHESIA_METRICS_PORT; default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Option(names = "--metrics-host", defaultValue = "${env:SYNESTHESIA_METRICS_HOST:-0.0.0.0}",
            description = "Address the metrics port binds (env SYNESTHESIA_METRICS_HOST; default: ${DEFAULT-VALUE}, reachable by a cluster's Prometheus).")
    String metricsHost;

    /** The CUDA backend's class; present only in a jar built with mvn -Pgpu. */
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    @Override
    public Integer call() throws Exception {
        Set<String> served = new LinkedHashSet<>(queues);
        for (String q : served)
            if (!TaskQueues.ALL.contains(q)) throw new BadInputException("--queues: unknown queue " + q + "; use some of " + TaskQueues.ALL);
        checkBackend(backend);
        String worker = name != null ? name : hostName() + "-" + backend + "-" + ProcessHandle.current().pid();
        PrometheusMeterRegistry metrics = WorkerMeters.prometheus(worker);
        MetricsEndpoint metricsServer = metricsPort > 0 ? MetricsEndpoint.serve(metrics, metricsHost, metricsPort) : null;
        Database records = Database.at(db, dbUser, dbPassword).migrate();
        try (TemporalConnection temporalConnection = TemporalConnection.to(temporal, namespace, worker, metrics)) {
            PlatformWorker platformWorker = new PlatformWorker(worker, served, records, runs.toAbsolutePath(), new CoreDatasetSteps(),
                    Trainers.core(), StepOptions.defaults(), cpuSlots, gpuSlots, Progress.NONE, metrics);
            WorkerFactory factory = platformWorker.start(temporalConnection.client());
            System.out.println("worker " + worker + ": serving " + served + " at " + temporal + " (" + namespace + "), backend " + backend);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                factory.shutdown();
                factory.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            }));
            factory.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
        } finally {
            if (metricsServer != null) metricsServer.close();
        }
        return 0;
    }

    /** A GPU worker must have been built with the CUDA backend; a CPU worker may serve any queue. */
    static void checkBackend(String backend) {
        switch (backend) {
            case "cpu" -> { }
            case "gpu" -> {
                try {
                    Class.forName(CUDA_BACKEND, false, WorkerCommand.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new BadInputException("--backend gpu: this build has no CUDA backend; build the worker with mvn -Pgpu package");
                }
            }
            default -> throw new BadInputException("--backend " + backend + " is unknown; use cpu or gpu");
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "worker";
        }
    }

}

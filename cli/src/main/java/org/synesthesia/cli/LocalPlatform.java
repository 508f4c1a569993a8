package org.synesthesia.cli;

import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import io.temporal.worker.WorkerFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.synesthesia.activities.PlatformWorker;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.DatasetSteps;
import org.synesthesia.activities.metrics.TemporalMeters;
import org.synesthesia.activities.records.Database;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;

/**
 * The whole platform in one process: Temporal's Java test server on a loopback port (a real gRPC
 * service; its history lives in memory only), an embedded PostgreSQL whose data folder persists
 * under {@code home/pg}, the Flyway migrations, and a worker on every queue that talks to the
 * server over gRPC like any remote worker. The database and the files under {@code home/runs} are
 * the memory that survives a restart.
 */
public final class LocalPlatform implements AutoCloseable {
    private final TestServer.PortBoundTestServer temporal;
    private final EmbeddedPostgres postgres;
    private final WorkflowServiceStubs service;
    private final WorkerFactory workers;
    private final Database db;
    private final WorkflowClient client;
    private final int temporalPort;
    private final int dbPort;
    private final Path runs;
    private final Scope temporalMeters;

    /** What a local platform is made of; {@code workers} false starts the servers only (a worker joins from elsewhere). */
    public record Settings(Path home, int temporalPort, int dbPort, boolean workers, DatasetSteps datasets, Trainers trainers,
                           StepOptions options, int cpuSlots, int gpuSlots, Progress observer, MeterRegistry metrics) {}

    private LocalPlatform(Settings s) throws IOException {
        Files.createDirectories(s.home());
        runs = s.home().resolve("runs").toAbsolutePath();
        temporalPort = s.temporalPort();
        dbPort = s.dbPort();
        temporal = TestServer.createPortBoundServer(s.temporalPort(), true);
        try {
            stopOrphanedPostgres(s.home().resolve("pg"));
            postgres = EmbeddedPostgres.builder().setPort(s.dbPort()).setDataDirectory(s.home().resolve("pg"))
                    .setCleanDataDirectory(false).start();
        } catch (IOException | RuntimeException e) {
            temporal.close();
            throw e;
        }
        db = new Database(postgres.getPostgresDatabase()).migrate();
        temporalMeters = s.metrics() == null ? null : TemporalMeters.scope(s.metrics());
        service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget("127.0.0.1:" + s.temporalPort()).setMetricsScope(temporalMeters).build());
        client = WorkflowClient.newInstance(service);
        if (s.workers()) {
            workers = new PlatformWorker("local-" + ProcessHandle.current().pid(), new HashSet<>(TaskQueues.ALL), db, runs,
                    s.datasets(), s.trainers(), s.options(), s.cpuSlots(), s.gpuSlots(), s.observer(), s.metrics()).start(client);
        } else {
            workers = null;
        }
    }

    public static LocalPlatform start(Settings settings) throws IOException { return new LocalPlatform(settings); }

    /**
     * A local process killed with -9 leaves its PostgreSQL running (it is a child process of its
     * own) and holding the data folder. Ask it to shut down (SIGTERM: smart shutdown; its clients
     * are gone) so that this start can take the folder over.
     */
    static void stopOrphanedPostgres(Path dataFolder) throws IOException {
        Path pidFile = dataFolder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!first.matches("\\d+")) return;
        var postgres = ProcessHandle.of(Long.parseLong(first))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postgres.isEmpty()) return;
        postgres.get().destroy();
        try {
            postgres.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("the PostgreSQL left running on " + dataFolder + " (pid " + first + ") did not stop; stop it and start again", e);
        }
    }

    public WorkflowClient client() { return client; }

    public Database db() { return db; }

    public Path runs() { return runs; }

    public int temporalPort() { return temporalPort; }

    /** The JDBC URL of the embedded database (user and password {@code postgres}). */
    public String jdbcUrl() { return "jdbc:postgresql://localhost:" + dbPort + "/postgres"; }

    /** The psql command line that opens the embedded database. */
    public String psql() { return "psql -h localhost -p " + dbPort + " -U postgres postgres"; }

    @Override
    public void close() throws IOException {
        if (workers != null) {
            workers.shutdownNow();
            workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        service.shutdownNow();
        service.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        TemporalMeters.close(temporalMeters);
        postgres.close();
        temporal.close();
    }
}

package org.synesthesia.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import org.synesthesia.activities.DescentTrainer;
import org.synesthesia.activities.PlatformWorker;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import org.synesthesia.activities.records.Database;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.StepOptions;

/**
 * A worker process for durability tests: the queues given, the real platform, and the small real
 * DescentTrainer as its GAN trainer, with short timeouts so that a killed attempt is retried soon
 * whether or not the server enforces heartbeat timeouts. Args: TEMPORAL JDBC_URL RUNS NAME QUEUES (comma-separated).
 */
public final class DescentWorkerMain {
    /** Timeouts of the processes under test: a killed training attempt is retried within about this long. */
    static final StepOptions OPTIONS = StepOptions.of(Duration.ofSeconds(40), Duration.ofSeconds(8));

    public static void main(String[] args) throws Exception {
        Database db = Database.at(args[1], "postgres", "postgres");
        try (TemporalConnection temporal = TemporalConnection.to(args[0], "default", args[3])) {
            new PlatformWorker(args[3], new HashSet<>(java.util.List.of(args[4].split(","))), db, Path.of(args[2]), new CoreDatasetSteps(),
                    Trainers.core().withGan(new DescentTrainer()), OPTIONS, 2, 2, Progress.NONE, new SimpleMeterRegistry())
                    .start(temporal.client());
            System.out.println("ready");
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}

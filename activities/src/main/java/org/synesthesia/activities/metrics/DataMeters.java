package org.synesthesia.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Data preparation on this worker: seconds of performance prepared, pairs written, bad files
 * skipped and the wall time it took. Registered at 0 when the worker starts, so a rate exists
 * before the first preparation finishes; throughput is prepared seconds over wall seconds.
 */
public final class DataMeters {
    private final Counter preparedSeconds;
    private final Counter pairs;
    private final Counter badFiles;
    private final Timer wall;

    public DataMeters(MeterRegistry registry) {
        preparedSeconds = Counter.builder("synesthesia.data.prepared").baseUnit("seconds")
                .description("Seconds of performance (recordings) prepared into pair stores").register(registry);
        pairs = Counter.builder("synesthesia.data.pairs").description("Pairs written into pair stores").register(registry);
        badFiles = Counter.builder("synesthesia.data.bad.files").description("Source files skipped as unreadable or unusable").register(registry);
        wall = Timer.builder("synesthesia.data.prepare").description("Wall time of preparations").register(registry);
    }

    /** One preparation (or the part of it this attempt did) finished. */
    public void prepared(double secondsOfPerformance, int pairsWritten, int skippedFiles, Duration took) {
        preparedSeconds.increment(secondsOfPerformance);
        pairs.increment(pairsWritten);
        badFiles.increment(skippedFiles);
        wall.record(took);
    }
}

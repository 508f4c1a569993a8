package org.synesthesia.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.synesthesia.workflows.trial.TrialRequest;

/**
 * A worker's trial meters. Each attempt opens a {@link TrialMeters}; evaluation gauges of at most
 * {@link #KEEP_TRIALS} recent trials stay exported (the oldest go first), which bounds the series
 * of a 1,000-trial sweep while keeping best-so-far panels filled.
 */
public final class TrainingMeters {
    /** Trials whose evaluation values stay exported. */
    public static final int KEEP_TRIALS = 200;

    private final MeterRegistry registry;
    private final AtomicInteger running = new AtomicInteger();
    private final Map<String, Map<String, Cell>> evaluated = new LinkedHashMap<>(16, 0.75f, true);

    /** One exported value and the gauge that reads it. */
    private record Cell(Gauge gauge, double[] value) {}

    private static final Map<MeterRegistry, TrainingMeters> BY_REGISTRY = new WeakHashMap<>();

    /** The trial meters of {@code registry}: one set per registry, however many queues' workers share it. */
    public static TrainingMeters of(MeterRegistry registry) {
        synchronized (BY_REGISTRY) {
            return BY_REGISTRY.computeIfAbsent(registry, TrainingMeters::new);
        }
    }

    private TrainingMeters(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("synesthesia.trials.running", running, AtomicInteger::get)
                .description("Trial attempts running on this worker").register(registry);
    }

    /**
     * Opens the meters of a trial attempt; {@code resumed} (it starts from a checkpoint) counts
     * {@code synesthesia_activity_resumes_total{activity}}.
     */
    public TrialMeters open(TrialRequest trial, String activity, boolean resumed) {
        MeterFailures.ignore("resumes", () -> {
            Counter resumes = Counter.builder("synesthesia.activity.resumes").description("Attempts that resumed from a checkpoint")
                    .tag("activity", activity).register(registry);
            if (resumed) resumes.increment();
        });
        running.incrementAndGet();
        return new TrialMeters(registry, this, trial);
    }

    void ended() { running.decrementAndGet(); }

    /** Sets an evaluation gauge of a trial (shared by its attempts), evicting the least recently evaluated trial beyond the bound. */
    synchronized void evaluation(String trialId, String meter, String description, Tags tags, double value) {
        Map<String, Cell> cells = evaluated.computeIfAbsent(trialId, k -> new HashMap<>());
        Cell cell = cells.computeIfAbsent(meter + tags, k -> {
            double[] v = {value};
            return new Cell(Gauge.builder(meter, v, c -> c[0]).description(description).tags(tags).strongReference(true).register(registry), v);
        });
        cell.value()[0] = value;
        while (evaluated.size() > KEEP_TRIALS) {
            var oldest = evaluated.entrySet().iterator().next();
            for (Cell gone : oldest.getValue().values()) registry.remove(gone.gauge());
            evaluated.remove(oldest.getKey());
        }
    }

    /** Trials whose evaluation values are exported now. */
    public synchronized int evaluatedTrials() { return evaluated.size(); }
}

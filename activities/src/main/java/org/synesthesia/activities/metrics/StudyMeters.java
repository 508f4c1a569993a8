package org.synesthesia.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The human study: answers received (recorded, or dropped as malformed) and, per open evaluation,
 * the ratings still pending. An evaluation's gauge goes when it closes, so only open ones are exported.
 */
public final class StudyMeters {
    private final MeterRegistry registry;
    private final Counter recorded;
    private final Counter dropped;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(Gauge gauge, double[] value) {}

    public StudyMeters(MeterRegistry registry) {
        this.registry = registry;
        recorded = answers("recorded");
        dropped = answers("dropped");
    }

    private Counter answers(String outcome) {
        return Counter.builder("synesthesia.study.answers").description("Answers people sent, recorded or dropped as malformed")
                .tag("outcome", outcome).register(registry);
    }

    /** An answer arrived; {@code valid} false: it was dropped. */
    public void answer(boolean valid) { (valid ? recorded : dropped).increment(); }

    /** The ratings an open evaluation still waits for. */
    public void pending(String evaluationId, int ratings) {
        MeterFailures.ignore("pending ratings", () -> pending.computeIfAbsent(evaluationId, id -> {
            double[] v = {ratings};
            return new Pending(Gauge.builder("synesthesia.study.pending.items", v, c -> c[0])
                    .description("Ratings an open human evaluation still waits for").tag("evaluation", id)
                    .strongReference(true).register(registry), v);
        }).value()[0] = Math.max(0, ratings));
    }

    /** The evaluation closed: nothing is pending any more. */
    public void closed(String evaluationId) {
        Pending p = pending.remove(evaluationId);
        if (p != null) MeterFailures.ignore("pending ratings", () -> registry.remove(p.gauge()));
    }
}

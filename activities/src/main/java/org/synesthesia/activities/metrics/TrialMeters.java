package org.synesthesia.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.synesthesia.workflows.trial.TrialRequest;

/**
 * The meters of one trial attempt on this worker: its training steps (step time, pairs per second,
 * losses, learning rate, epoch and step) and the evaluation values it records. Training meters go
 * when the attempt ends ({@link #close()}); evaluation values stay, for a bounded number of recent
 * trials (see {@link TrainingMeters}), so that "best so far" panels keep their data.
 */
public final class TrialMeters implements AutoCloseable {
    private final MeterRegistry registry;
    private final TrainingMeters owner;
    private final Tags tags;
    private final String trialId;
    private final List<Meter> training = new ArrayList<>();
    private final Map<String, double[]> losses = new ConcurrentHashMap<>();
    private final Timer stepTime;
    private final Counter pairs;
    private final double[] epoch = {Double.NaN};
    private final double[] step = {Double.NaN};
    private final double[] learningRate = {Double.NaN};
    private final double[] pairsPerSecond = {Double.NaN};
    private final AtomicInteger running;

    TrialMeters(MeterRegistry registry, TrainingMeters owner, TrialRequest trial, AtomicInteger running) {
        this.registry = registry;
        this.owner = owner;
        this.trialId = trial.trialId();
        this.running = running;
        Object encoding = trial.config().get("encoding");
        this.tags = Tags.of(Tag.of("trial", trial.trialId()), Tag.of("kind", trial.kind().code()),
                Tag.of("direction", trial.direction() == null ? "" : trial.direction().code()),
                Tag.of("encoding", encoding == null ? "" : encoding.toString()));
        stepTime = keep(Timer.builder("synesthesia.training.step").description("Wall time of one training step")
                .tags(tags).register(registry));
        pairs = keep(Counter.builder("synesthesia.training.pairs").description("Pairs training steps consumed")
                .tags(tags).register(registry));
        keep(gauge("synesthesia.training.pairs.per.second", "Pairs per second of the latest step", pairsPerSecond, Tags.empty()));
        keep(gauge("synesthesia.training.epoch", "The epoch of the latest step", epoch, Tags.empty()));
        keep(gauge("synesthesia.training.step", "Steps done so far", step, Tags.empty()));
        keep(gauge("synesthesia.training.learning.rate", "The learning rate of the latest step", learningRate, Tags.empty()));
    }

    /** A training step: feeds the step-time summary, pair counter and latest-value gauges. */
    public void step(TrainingStep s) {
        stepTime.record(Duration.ofNanos((long) (s.seconds() * 1e9)));
        pairs.increment(s.pairs());
        pairsPerSecond[0] = s.seconds() > 0 ? s.pairs() / s.seconds() : Double.NaN;
        epoch[0] = s.epoch();
        step[0] = s.step();
        learningRate[0] = s.learningRate();
        for (var loss : s.losses().entrySet()) loss(loss.getKey(), loss.getValue());
    }

    /**
     * A value the trainer records through its session (name, label as in the {@code metric} table):
     * accuracies and distances become evaluation gauges, losses training gauges; other names (e.g.
     * a weight) are for the records only.
     */
    public void recorded(String name, String label, double value) {
        switch (MetricFamily.of(name)) {
            case ACCURACY -> owner.evaluation(trialId, "synesthesia.evaluation.accuracy",
                    "Accuracy a trial recorded, by metric and instrument ('all' for overall)",
                    tags.and("metric", name, "instrument", label == null || label.isEmpty() ? "all" : label), value);
            case DISTANCE -> owner.evaluation(trialId, "synesthesia.evaluation.distance", "Distance or error a trial recorded (lower is better)",
                    tags.and("metric", name, "label", label == null ? "" : label), value);
            case LOSS -> loss(MetricFamily.lossName(name), value);
            case OTHER -> { }
        }
    }

    private void loss(String name, double value) {
        double[] cell = losses.computeIfAbsent(name, k -> {
            double[] fresh = {Double.NaN};
            keep(gauge("synesthesia.training.loss", "The latest value of a training loss", fresh, Tags.of("loss", k)));
            return fresh;
        });
        cell[0] = value;
    }

    private Gauge gauge(String name, String description, double[] cell, Tags extra) {
        return Gauge.builder(name, cell, c -> c[0]).description(description).tags(tags).tags(extra).strongReference(true).register(registry);
    }

    private <M extends Meter> M keep(M meter) {
        synchronized (training) {
            training.add(meter);
        }
        return meter;
    }

    /** Removes this attempt's training meters: a finished trial exports only what it evaluated. */
    @Override
    public void close() {
        synchronized (training) {
            for (Meter m : training) registry.remove(m);
            training.clear();
        }
        running.decrementAndGet();
    }
}

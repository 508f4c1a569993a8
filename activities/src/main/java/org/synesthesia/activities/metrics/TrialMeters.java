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
import org.synesthesia.workflows.trial.TrialRequest;

/**
 * The meters of one trial attempt on this worker: its training steps (step time, pairs, pairs per
 * second, losses, learning rate, epoch and steps done) and the evaluation values it records.
 * Training meters go when the attempt ends ({@link #close()}); evaluation values stay, for a
 * bounded number of recent trials (see {@link TrainingMeters}), so that best-so-far panels keep
 * their data. Labels: {@code trial}, {@code kind}, {@code direction}, {@code encoding}.
 */
public final class TrialMeters implements AutoCloseable {
    private final MeterRegistry registry;
    private final TrainingMeters owner;
    private final Tags tags;
    private final String trialId;
    private final List<Meter> training = new ArrayList<>();
    private final Map<String, double[]> losses = new ConcurrentHashMap<>();
    private final double[] latest = {Double.NaN, Double.NaN, Double.NaN, Double.NaN}; // epoch, steps, learning rate, pairs/s
    private Timer stepTime;
    private Counter pairs;

    TrialMeters(MeterRegistry registry, TrainingMeters owner, TrialRequest trial) {
        this.registry = registry;
        this.owner = owner;
        this.trialId = trial.trialId();
        Object encoding = trial.config().get("encoding");
        this.tags = Tags.of(Tag.of("trial", trial.trialId()), Tag.of("kind", trial.kind().code()),
                Tag.of("direction", trial.direction() == null ? "" : trial.direction().code()),
                Tag.of("encoding", encoding == null ? "" : encoding.toString()));
    }

    /** Registers the per-step meters on the first step: a judge that never steps exports none. */
    private void startTraining() {
        stepTime = keep(Timer.builder("synesthesia.training.step").description("Wall time of one training step")
                .tags(tags).register(registry));
        pairs = keep(Counter.builder("synesthesia.training.pairs").description("Pairs training steps consumed")
                .tags(tags).register(registry));
        keep(latest("synesthesia.training.epoch", "The epoch of the latest step", 0));
        keep(latest("synesthesia.training.steps", "Steps done so far", 1));
        keep(latest("synesthesia.training.learning.rate", "The learning rate of the latest step", 2));
        keep(latest("synesthesia.training.pairs.per.second", "Pairs per second of the latest step", 3));
    }

    /** A training step: feeds the step-time summary, the pair counter and the latest-value gauges. */
    public void step(TrainingStep s) {
        MeterFailures.ignore("training step", () -> {
            if (stepTime == null) startTraining();
            stepTime.record(Duration.ofNanos((long) (s.seconds() * 1e9)));
            pairs.increment(s.pairs());
            latest[0] = s.epoch();
            latest[1] = s.step();
            latest[2] = s.learningRate();
            latest[3] = s.seconds() > 0 ? s.pairs() / s.seconds() : Double.NaN;
            for (var loss : s.losses().entrySet()) loss(loss.getKey(), loss.getValue());
        });
    }

    /**
     * A value the trainer records through its session (name and label as in the {@code metric}
     * table): accuracies and distances become evaluation gauges, losses training gauges; other names
     * (a weight, a count) are for the records only.
     */
    public void recorded(String name, String label, double value) {
        MeterFailures.ignore("recorded " + name, () -> {
            switch (MetricFamily.of(name)) {
                case ACCURACY -> owner.evaluation(trialId, "synesthesia.evaluation.accuracy",
                        "Accuracy a trial recorded, by metric and instrument ('all' for overall)",
                        tags.and("metric", name, "instrument", label == null || label.isEmpty() ? "all" : label), value);
                case DISTANCE -> owner.evaluation(trialId, "synesthesia.evaluation.distance", "Distance or error a trial recorded (lower is better)",
                        tags.and("metric", name, "label", label == null ? "" : label), value);
                case LOSS -> loss(MetricFamily.lossName(name), value);
                case OTHER -> { }
            }
        });
    }

    private void loss(String name, double value) {
        double[] cell = losses.computeIfAbsent(name, k -> {
            double[] fresh = {Double.NaN};
            keep(Gauge.builder("synesthesia.training.loss", fresh, c -> c[0]).description("The latest value of a training loss")
                    .tags(tags).tag("loss", k).strongReference(true).register(registry));
            return fresh;
        });
        cell[0] = value;
    }

    private Gauge latest(String name, String description, int index) {
        return Gauge.builder(name, latest, c -> c[index]).description(description).tags(tags).strongReference(true).register(registry);
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
        MeterFailures.ignore("closing trial meters", () -> {
            synchronized (training) {
                for (Meter m : training) registry.remove(m);
                training.clear();
            }
        });
        owner.ended();
    }
}

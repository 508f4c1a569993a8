package org.synesthesia.activities.training;

import java.nio.file.Path;
import org.synesthesia.activities.metrics.TrainingStep;
import org.synesthesia.progress.Progress;

/**
 * Where a trainer reports as it goes. Progress becomes Temporal heartbeats; checkpoints, metrics and
 * predictions become rows. Reporting the same (step, name) again replaces the value, so a resumed
 * trainer that repeats a step leaves one row.
 */
public interface TrainingSession extends Progress {
    /** Records a full training state written (atomically) to {@code file} after {@code step}. */
    void checkpoint(long step, Path file);

    /** Records a metric value at a step; {@code label} is "" or e.g. an instrument code. */
    void metric(long step, String name, String label, double value);

    /** Reports one optimisation step (step time, pairs, losses, learning rate) to the worker's metrics. */
    default void step(TrainingStep step) {}

    /** Records what a judge said about one sample. */
    void prediction(String sample, String truth, String predicted, double confidence);
}

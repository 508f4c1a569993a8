package org.synesthesia.activities.metrics;

import java.util.Map;

/**
 * What one optimisation step did, as a trainer's step listener reports it (core's
 * {@code ClassifierTrainer.Step}, the GAN trainer's step): core knows nothing of Micrometer, so its
 * adapter in activities maps its step onto this.
 *
 * @param step         steps done so far, this one included
 * @param epoch        the epoch this step belongs to (0 where a trainer counts steps only)
 * @param seconds      wall time of this step
 * @param pairs        pairs (examples) it consumed
 * @param losses       loss values by name without the {@code loss} prefix ({@code d}, {@code g}, {@code ce})
 * @param learningRate the learning rate it used (NaN where the trainer does not say)
 */
public record TrainingStep(long step, int epoch, double seconds, int pairs, Map<String, Double> losses, double learningRate) {
    public TrainingStep {
        losses = losses == null ? Map.of() : Map.copyOf(losses);
        if (seconds < 0) throw new IllegalArgumentException("a step cannot take " + seconds + " s");
    }
}

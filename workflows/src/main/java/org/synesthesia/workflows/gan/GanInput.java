package org.synesthesia.workflows.gan;

import java.util.Map;
import org.synesthesia.workflows.Direction;

/**
 * One GAN to train: its direction, the pairs, the encoder that conditions it (a trial's release
 * weights, or null to let the recipe choose), and the recipe's settings. {@code experimentId} null means the workflow id.
 */
public record GanInput(String experimentId, Direction direction, String pairsPath, String encoderTrialId,
                       String encoderWeights, Map<String, Object> config) {
    public GanInput {
        if (direction == null) throw new IllegalArgumentException("a GAN needs \"direction\": \"s2i\" or \"i2s\"");
        if (config == null) config = Map.of();
    }
}

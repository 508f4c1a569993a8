package org.synesthesia.workflows.evaluation;

import java.util.Map;
import org.synesthesia.workflows.Direction;

/**
 * Judge a GAN's samples: the direction they were generated in, the GAN trial and its samples folder,
 * the judge classifier's release weights (an encoder of the other modality, or null to let the evaluation
 * train its own on the pairs), and settings. {@code experimentId} null means the workflow id.
 */
public record EvaluationInput(String experimentId, Direction direction, String pairsPath, String ganTrialId,
                              String samplesPath, String judgeWeights, Map<String, Object> config) {
    public EvaluationInput {
        if (direction == null) throw new IllegalArgumentException("an evaluation needs \"direction\": \"s2i\" or \"i2s\"");
        if (config == null) config = Map.of();
    }
}

package org.synesthesia.sweep;

import java.util.Map;

/**
 * A deterministic stand-in for training, for tests and the sampler benchmark: the value of
 * parameters {@code x} (in [0,1]), {@code lr} (log scale) and {@code encoding} after {@code budget}
 * of {@code maxBudget} epochs. Its optimum is x = 0.3, lr = 10^-2.5, encoding cqt; the learning
 * curve scales every trial alike, so ranks at every budget are the final ranks.
 */
public final class ToyObjective {
    private ToyObjective() {}

    /** The final quality in (0, 1]: 1 at the optimum. */
    public static double quality(Map<String, Object> params) {
        double x = ((Number) params.getOrDefault("x", 0.3)).doubleValue();
        double lr = ((Number) params.getOrDefault("lr", Math.pow(10, -2.5))).doubleValue();
        String encoding = String.valueOf(params.getOrDefault("encoding", "cqt"));
        double penalty = (x - 0.3) * (x - 0.3) + Math.pow(Math.log10(lr) + 2.5, 2) / 8
                + switch (encoding) { case "cqt" -> 0.0; case "lms" -> 0.05; default -> 0.15; };
        return Math.exp(-2 * penalty);
    }

    /** The value after {@code budget} epochs: the quality times a learning curve that rises to 1 at the full budget. */
    public static double value(Map<String, Object> params, int budget, int maxBudget) {
        double curve = (1 - Math.exp(-budget / 2.0)) / (1 - Math.exp(-maxBudget / 2.0));
        return quality(params) * curve;
    }
}

package org.synesthesia.workflows.human;

/**
 * Collect people's answers about generated samples: the samples folder, the held-out pairs whose
 * real items are mixed in ({@code pairsPath}, null for generated items only), how many ratings close
 * it, how long to wait at most, and the evaluation trial whose judge predictions the answers are
 * compared with (or null). The study is drawn with {@code seed}: at most {@code perCondition}
 * name-the-instrument questions per condition (0 = all) and {@code matchesPerCondition}
 * which-image-goes-with-this-sound questions; {@code condition} names the generated samples (e.g. s2i).
 * {@code experimentId} null means the workflow id.
 */
public record HumanEvaluationInput(String experimentId, String name, String samplesPath, String evaluationTrialId,
                                   Integer expectedRatings, Integer timeoutHours, String pairsPath, String condition,
                                   Long seed, Integer perCondition, Integer matchesPerCondition) {
    public HumanEvaluationInput {
        if (name == null) name = "ratings";
        if (samplesPath == null) throw new IllegalArgumentException("a human evaluation needs \"samplesPath\"");
        if (expectedRatings == null) expectedRatings = 0;
        if (expectedRatings < 0) throw new IllegalArgumentException("expectedRatings must not be negative");
        if (timeoutHours == null) timeoutHours = 24 * 7;
        if (condition == null) condition = "generated";
        if (seed == null) seed = 1L;
        if (perCondition == null) perCondition = 20;
        if (matchesPerCondition == null) matchesPerCondition = 10;
        if (perCondition < 0 || matchesPerCondition < 0)
            throw new IllegalArgumentException("perCondition and matchesPerCondition must not be negative");
    }

    /** Generated samples only, with the default study. */
    public HumanEvaluationInput(String experimentId, String name, String samplesPath, String evaluationTrialId,
                                Integer expectedRatings, Integer timeoutHours) {
        this(experimentId, name, samplesPath, evaluationTrialId, expectedRatings, timeoutHours, null, null, null, null, null);
    }

    /** The same evaluation under a resolved experiment id. */
    public HumanEvaluationInput withExperimentId(String id) {
        return new HumanEvaluationInput(id, name, samplesPath, evaluationTrialId, expectedRatings, timeoutHours, pairsPath,
                condition, seed, perCondition, matchesPerCondition);
    }
}

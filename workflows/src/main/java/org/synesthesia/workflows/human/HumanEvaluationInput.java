package org.synesthesia.workflows.human;

/**
 * Collect people's answers about a samples folder: how many ratings close it, how long to wait at
 * most, and the evaluation trial whose judge predictions the answers are compared with (or null).
 * {@code experimentId} null means the workflow id.
 */
public record HumanEvaluationInput(String experimentId, String name, String samplesPath, String evaluationTrialId,
                                   Integer expectedRatings, Integer timeoutHours) {
    public HumanEvaluationInput {
        if (name == null) name = "ratings";
        if (samplesPath == null) throw new IllegalArgumentException("a human evaluation needs \"samplesPath\"");
        if (expectedRatings == null) expectedRatings = 0;
        if (expectedRatings < 0) throw new IllegalArgumentException("expectedRatings must not be negative");
        if (timeoutHours == null) timeoutHours = 24 * 7;
    }
}

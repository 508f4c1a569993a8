package org.synesthesia.workflows.trial;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a trial ended: {@code completed} with its final metrics, its last checkpoint and its output
 * (release weights, samples folder), or {@code failed} with one sentence saying why.
 */
public record TrialResult(String trialId, String status, Map<String, Double> metrics, String checkpoint,
                          String output, String failure) {
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    public TrialResult {
        metrics = metrics == null ? Map.of() : new TreeMap<>(metrics);
    }

    public static TrialResult completed(String trialId, Map<String, Double> metrics, String checkpoint, String output) {
        return new TrialResult(trialId, COMPLETED, metrics, checkpoint, output, null);
    }

    public static TrialResult failed(String trialId, String failure) {
        return new TrialResult(trialId, FAILED, Map.of(), null, null, failure);
    }

    public boolean succeeded() { return COMPLETED.equals(status); }
}

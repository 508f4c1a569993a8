package org.synesthesia.workflows.sweep;

import java.util.Map;

/**
 * A search sweep's spec, as the Temporal UI or {@code synesthesia sweep start} gives it and as
 * PostgreSQL stores it. The workflow reads only the limits; the search fields ({@code space},
 * {@code method}, {@code seed}, {@code gridPoints}, {@code objective}, {@code earlyStopping},
 * {@code budget}) are read by the sweep activities, which refuse a bad spec with one sentence.
 *
 * @param trial           what a trial runs: {@code classifier} (a real classifier on {@code pairsPath}) or {@code toy}
 * @param fixed           parameters every trial gets besides its suggested ones
 * @param parallelism     trials at once (changeable while the sweep runs)
 * @param maxTrials       the trial cap (a grid's size when null)
 * @param maxFailedTrials the sweep ends once this many trials failed
 * @param trialsPerRun    trials per workflow run before it continues as new, keeping its history small
 */
public record SweepInput(String experimentId, String name, String trial, String pairsPath, Map<String, Object> fixed,
                         Map<String, Object> space, String method, Long seed, Integer gridPoints,
                         Map<String, Object> objective, Map<String, Object> earlyStopping, Integer budget,
                         Integer parallelism, Integer maxTrials, Integer maxFailedTrials, Integer trialsPerRun) {
    public SweepInput {
        if (name == null || name.isBlank()) name = "search";
        if (trial == null) trial = "classifier";
        if (fixed == null) fixed = Map.of();
        if (parallelism == null) parallelism = 2;
        if (parallelism < 1) throw new IllegalArgumentException("sweep " + name + ": parallelism must be at least 1");
        if (maxFailedTrials == null) maxFailedTrials = 3;
        if (maxFailedTrials < 1) throw new IllegalArgumentException("sweep " + name + ": maxFailedTrials must be at least 1");
        if (trialsPerRun == null) trialsPerRun = 50;
        if (trialsPerRun < 1) throw new IllegalArgumentException("sweep " + name + ": trialsPerRun must be at least 1");
        if (space == null || space.isEmpty())
            throw new IllegalArgumentException("sweep " + name + " needs a \"space\", e.g. {\"encoding\": {\"values\": [\"lms\", \"cqt\"]}}");
    }
}

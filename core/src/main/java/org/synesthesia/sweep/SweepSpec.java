package org.synesthesia.sweep;

import java.util.Map;

/**
 * A sweep's search, as its JSON spec states it: the {@code space}, the {@code method} ({@code
 * grid}, {@code random} or {@code tpe}) and its {@code seed}, the {@code objective}, the {@code
 * earlyStopping} rule, each trial's full {@code budget} (epochs) and the {@code maxTrials} cap.
 * Null fields take defaults; {@code gridPoints} is how many values a grid takes of each range.
 */
public record SweepSpec(Map<String, Object> space, String method, Long seed, Integer gridPoints, Objective objective,
                        Map<String, Object> earlyStopping, Integer budget, Integer maxTrials) {
    public SweepSpec {
        if (method == null) method = "random";
        if (seed == null) seed = 0L;
        if (gridPoints == null) gridPoints = 3;
        if (objective == null) objective = new Objective(null, null, null);
        if (budget == null) budget = 1;
        if (budget < 1) throw new IllegalArgumentException("a sweep's budget must be at least 1");
        if (maxTrials != null && maxTrials < 1) throw new IllegalArgumentException("maxTrials must be at least 1");
        searchSpace(space);
        sampler(space, method, objective, seed, gridPoints);
        EarlyStopping.parse(earlyStopping, budget);
    }

    public SearchSpace searchSpace() { return searchSpace(space); }

    public Sampler sampler() { return sampler(space, method, objective, seed, gridPoints); }

    public EarlyStopping stopping() { return EarlyStopping.parse(earlyStopping, budget); }

    /** The most trials the sweep runs: its cap, or the grid's size, whichever is smaller (a grid's size without a cap). */
    public int trialLimit() {
        int capacity = sampler().capacity();
        if (maxTrials == null) {
            if (capacity == Integer.MAX_VALUE) throw new IllegalArgumentException("a " + method + " sweep needs \"maxTrials\"");
            return capacity;
        }
        return Math.min(maxTrials, capacity);
    }

    private static SearchSpace searchSpace(Map<String, Object> space) { return SearchSpace.parse(space); }

    private static Sampler sampler(Map<String, Object> space, String method, Objective objective, long seed, int gridPoints) {
        return Sampler.of(method, SearchSpace.parse(space), objective, seed, gridPoints);
    }
}

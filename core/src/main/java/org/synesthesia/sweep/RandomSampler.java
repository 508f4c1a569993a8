package org.synesthesia.sweep;

import java.util.List;
import java.util.Map;

/** Uniform draws; trial {@code i} of seed {@code s} always gets the same point. */
public final class RandomSampler implements Sampler {
    private final SearchSpace space;
    private final long seed;

    public RandomSampler(SearchSpace space, long seed) {
        this.space = space;
        this.seed = seed;
    }

    @Override
    public Map<String, Object> suggest(int index, List<Observation> observations) {
        return space.sample(TrialSeeds.of(seed, index));
    }
}

package org.synesthesia.sweep;

import java.util.List;
import java.util.Map;

/**
 * Suggests the parameters of a sweep's next trials. A suggestion depends only on the trial's
 * index and the observations passed in, so computing it again (a retried activity) gives the same.
 */
public interface Sampler {
    /** The parameters of trial {@code index}, or null when the method has no more (a finished grid). */
    Map<String, Object> suggest(int index, List<Observation> observations);

    /** How many trials the method can suggest at most ({@code Integer.MAX_VALUE} when unbounded). */
    default int capacity() { return Integer.MAX_VALUE; }

    /** The sampler a spec's {@code method} names: {@code grid}, {@code random} or {@code tpe}. */
    static Sampler of(String method, SearchSpace space, Objective objective, long seed, int gridPoints) {
        return switch (method == null ? "random" : method) {
            case "grid" -> new GridSampler(space, gridPoints);
            case "random" -> new RandomSampler(space, seed);
            case "tpe" -> new TpeSampler(space, objective, seed, TpeSampler.Settings.DEFAULTS);
            default -> throw new IllegalArgumentException("method must be \"grid\", \"random\" or \"tpe\", not \"" + method + "\"");
        };
    }
}

package org.synesthesia.nn;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * A step size that falls linearly from {@code initial} at iteration 0 to {@code initial / steps} at
 * iteration {@code steps - 1}, the last step of a run, and is zero after. ND4J's own
 * {@code PolySchedule} would do, but in 1.0.0-M2.1 it computes {@code (1 + i / max)^p}: it grows.
 * It is written into the graph's JSON configuration with the network (hence ND4J's shaded Jackson).
 */
public final class LinearDecay implements ISchedule {
    private final double initial;
    private final int steps;

    public LinearDecay(@JsonProperty("initial") double initial, @JsonProperty("steps") int steps) {
        if (steps < 1) throw new IllegalArgumentException("a decay needs at least one step");
        this.initial = initial;
        this.steps = steps;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        return iteration >= steps ? 0 : initial * (steps - iteration) / steps;
    }

    @Override
    public ISchedule clone() { return new LinearDecay(initial, steps); }

    @JsonProperty("initial") public double initial() { return initial; }

    @JsonProperty("steps") public int steps() { return steps; }

    @Override public boolean equals(Object o) { return o instanceof LinearDecay d && d.initial == initial && d.steps == steps; }

    @Override public int hashCode() { return Double.hashCode(initial) * 31 + steps; }
}

package org.synesthesia.sweep;

/**
 * What a sweep optimizes: a metric, its goal ({@code max} or {@code min}) and an optional target
 * that ends the sweep once a trial reaches it.
 */
public record Objective(String metric, String goal, Double target) {
    public Objective {
        if (metric == null || metric.isBlank()) metric = "test_accuracy";
        if (goal == null) goal = "max";
        if (!goal.equals("max") && !goal.equals("min"))
            throw new IllegalArgumentException("objective " + metric + ": goal must be \"max\" or \"min\", not \"" + goal + "\"");
    }

    /** The value turned so that higher is always better. */
    public double score(double value) { return goal.equals("max") ? value : -value; }

    /** Whether {@code a} is strictly better than {@code b}. */
    public boolean better(double a, double b) { return score(a) > score(b); }

    /** Whether {@code value} reaches the target (false without one). */
    public boolean reached(double value) { return target != null && score(value) >= score(target); }
}

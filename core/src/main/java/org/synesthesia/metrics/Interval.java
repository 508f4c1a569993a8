package org.synesthesia.metrics;

/** A confidence interval {@code [lower, upper]} at {@code level} (e.g. 0.95). */
public record Interval(double lower, double upper, double level) {

    public boolean contains(double x) { return x >= lower && x <= upper; }

    public double width() { return upper - lower; }
}

package org.synesthesia.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded percentile bootstrap of a mean: resample the per-item scores with replacement, take the
 * mean of each resample, and read the interval off the sorted means.
 */
public final class Bootstrap {

    public static final int RESAMPLES = 1000;
    public static final double LEVEL = 0.95;

    private Bootstrap() {}

    /** The {@code level} percentile interval of the mean of {@code scores} over {@code resamples} resamples. */
    public static Interval ofMean(double[] scores, int resamples, double level, long seed) {
        int n = scores.length;
        if (n == 0) return new Interval(Double.NaN, Double.NaN, level);
        if (resamples < 1 || !(level > 0 && level < 1)) throw new IllegalArgumentException("need resamples >= 1 and 0 < level < 1");
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int k = 0; k < n; k++) sum += scores[random.nextInt(n)];
            means[r] = sum / n;
        }
        Arrays.sort(means);
        double tail = (1 - level) / 2;
        return new Interval(quantile(means, tail), quantile(means, 1 - tail), level);
    }

    public static Interval ofMean(double[] scores, long seed) {
        return ofMean(scores, RESAMPLES, LEVEL, seed);
    }

    /** Linear-interpolated quantile of sorted values, as numpy's default. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

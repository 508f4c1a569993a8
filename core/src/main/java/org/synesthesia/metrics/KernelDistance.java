package org.synesthesia.metrics;

import java.util.SplittableRandom;

/**
 * Kernel Inception Distance (Binkowski et al. 2018) over any feature space: the unbiased estimate
 * of the squared MMD with the cubic polynomial kernel {@code k(x, y) = (x.y / d + 1)^3}, averaged
 * over random subsets of equal size drawn without replacement from each set (as stylegan2-ada's
 * {@code kernel_inception_distance.py}), with the standard deviation over subsets.
 */
public final class KernelDistance {

    /** The estimate and its spread over subsets, with the sizes that produced it. */
    public record Kid(double mean, double std, int subsets, int subsetSize) {}

    public static final int SUBSETS = 50;
    public static final int MAX_SUBSET_SIZE = 1000;

    private KernelDistance() {}

    /** KID with the default subsets: {@value #SUBSETS} subsets of min(n_a, n_b, {@value #MAX_SUBSET_SIZE}) rows. */
    public static Kid of(float[][] a, float[][] b, long seed) {
        return of(a, b, SUBSETS, Math.min(MAX_SUBSET_SIZE, Math.min(a.length, b.length)), seed);
    }

    public static Kid of(float[][] a, float[][] b, int subsets, int subsetSize, long seed) {
        int m = subsetSize;
        if (m < 2 || m > a.length || m > b.length) {
            throw new IllegalArgumentException("subset size " + m + " needs 2 <= size <= both set sizes (" + a.length + ", " + b.length + ")");
        }
        int d = a[0].length;
        if (b[0].length != d) throw new IllegalArgumentException("feature widths differ: " + d + " and " + b[0].length);
        SplittableRandom random = new SplittableRandom(seed);
        double[] estimates = new double[subsets];
        for (int s = 0; s < subsets; s++) {
            float[][] x = subset(a, m, random);
            float[][] y = subset(b, m, random);
            double xx = 0, yy = 0, xy = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        xx += kernel(x[i], x[j], d);
                        yy += kernel(y[i], y[j], d);
                    }
                    xy += kernel(x[i], y[j], d);
                }
            }
            estimates[s] = (xx + yy) / ((double) m * (m - 1)) - 2 * xy / ((double) m * m);
        }
        double mean = 0;
        for (double e : estimates) mean += e;
        mean /= subsets;
        double var = 0;
        for (double e : estimates) var += (e - mean) * (e - mean);
        double std = subsets > 1 ? Math.sqrt(var / (subsets - 1)) : 0;
        return new Kid(mean, std, subsets, m);
    }

    static double kernel(float[] x, float[] y, int d) {
        double dot = 0;
        for (int k = 0; k < d; k++) dot += x[k] * y[k];
        double base = dot / d + 1;
        return base * base * base;
    }

    /** {@code m} distinct rows by a partial Fisher-Yates shuffle. */
    private static float[][] subset(float[][] rows, int m, SplittableRandom random) {
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        float[][] out = new float[m][];
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            out[i] = rows[order[i]];
        }
        return out;
    }
}

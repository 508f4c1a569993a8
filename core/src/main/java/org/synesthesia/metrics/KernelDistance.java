package org.synesthesia.metrics;

import java.util.SplittableRandom;

/**
 * Kernel Inception Distance (Binkowski et al. 2018) over any feature space: the unbiased estimate
 * of the squared MMD with the cubic polynomial kernel {@code k(x, y) = (x.y / d + 1)^3}, averaged
 * over random subsets of equal size drawn without replacement from each set (as stylegan2-ada's
 * {@code kernel_inception_distance.py}), with the standard deviation over subsets.
 * <p>The cross term assumes the two sets independent. When row i of one set was generated from the
 * condition of row i of the other (paired rows), the pair is correlated and a small held-out split
 * puts most partners into the same subsets, which would drive the estimate below zero; with
 * {@code paired} the cross term leaves partners out, as Gretton et al.'s MMD<sub>u</sub> does.
 */
public final class KernelDistance {

    /** The estimate and its spread over subsets, with the sizes that produced it. */
    public record Kid(double mean, double std, int subsets, int subsetSize) {}

    public static final int SUBSETS = 50;
    public static final int MAX_SUBSET_SIZE = 1000;

    private KernelDistance() {}

    /** KID with the default subsets: {@value #SUBSETS} subsets of min(n_a, n_b, {@value #MAX_SUBSET_SIZE}) rows. */
    public static Kid of(float[][] a, float[][] b, boolean paired, long seed) {
        return of(a, b, SUBSETS, Math.min(MAX_SUBSET_SIZE, Math.min(a.length, b.length)), paired, seed);
    }

    /**
     * @param paired row i of {@code a} and row i of {@code b} belong together (same condition), so
     *               their kernel value is left out of the cross term
     */
    public static Kid of(float[][] a, float[][] b, int subsets, int subsetSize, boolean paired, long seed) {
        int m = subsetSize;
        if (paired && a.length != b.length) throw new IllegalArgumentException("paired sets must have equal sizes, not " + a.length + " and " + b.length);
        if (m < 2 || m > a.length || m > b.length) {
            throw new IllegalArgumentException("subset size " + m + " needs 2 <= size <= both set sizes (" + a.length + ", " + b.length + ")");
        }
        int d = a[0].length;
        if (b[0].length != d) throw new IllegalArgumentException("feature widths differ: " + d + " and " + b[0].length);
        // Subsets are drawn in order first, so that the parallel sums below give the same result on any machine.
        SplittableRandom random = new SplittableRandom(seed);
        int[][] xs = new int[subsets][], ys = new int[subsets][];
        for (int s = 0; s < subsets; s++) {
            xs[s] = subset(a.length, m, random);
            ys[s] = subset(b.length, m, random);
        }
        double[] estimates = java.util.stream.IntStream.range(0, subsets).parallel()
                .mapToDouble(s -> estimate(a, b, xs[s], ys[s], paired)).toArray();
        double mean = 0;
        for (double e : estimates) mean += e;
        mean /= subsets;
        double var = 0;
        for (double e : estimates) var += (e - mean) * (e - mean);
        double std = subsets > 1 ? Math.sqrt(var / (subsets - 1)) : 0;
        return new Kid(mean, std, subsets, m);
    }

    /** One subset's unbiased MMD^2; the within-set sums use symmetry and count each pair once. */
    private static double estimate(float[][] a, float[][] b, int[] xi, int[] yi, boolean paired) {
        int m = xi.length;
        int d = a[0].length;
        double xx = 0, yy = 0, xy = 0;
        long crossPairs = 0;
        for (int i = 0; i < m; i++) {
            float[] x = a[xi[i]], y = b[yi[i]];
            for (int j = i + 1; j < m; j++) {
                xx += kernel(x, a[xi[j]], d);
                yy += kernel(y, b[yi[j]], d);
            }
            for (int j = 0; j < m; j++) {
                if (paired && xi[i] == yi[j]) continue;
                xy += kernel(x, b[yi[j]], d);
                crossPairs++;
            }
        }
        return 2 * (xx + yy) / ((double) m * (m - 1)) - 2 * xy / crossPairs;
    }

    static double kernel(float[] x, float[] y, int d) {
        // four partial sums: independent chains that the JIT can pipeline
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < d; k += 4) {
            s0 += x[k] * y[k];
            s1 += x[k + 1] * y[k + 1];
            s2 += x[k + 2] * y[k + 2];
            s3 += x[k + 3] * y[k + 3];
        }
        for (; k < d; k++) s0 += x[k] * y[k];
        double base = ((double) s0 + s1 + s2 + s3) / d + 1;
        return base * base * base;
    }

    /** {@code m} distinct row indices of {@code n} by a partial Fisher-Yates shuffle. */
    private static int[] subset(int n, int m, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return java.util.Arrays.copyOf(order, m);
    }
}

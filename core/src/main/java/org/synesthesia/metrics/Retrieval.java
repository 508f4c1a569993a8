package org.synesthesia.metrics;

import java.util.SplittableRandom;

/**
 * Cross-modal retrieval: does a generated sample pick out its own condition? For each sample, its
 * own condition and {@code candidates - 1} other conditions drawn at random are ranked by cosine
 * similarity to the sample in a shared feature space; recall@k is the share whose own condition
 * ranks within the first k. Ties rank against the sample.
 */
public final class Retrieval {

    /** Recall@1 and @5 among {@code candidates} conditions, with {@code chance = 1 / candidates}. */
    public record Scores(int count, int candidates, double recallAt1, double recallAt5, double chanceAt1) {}

    public static final int CANDIDATES = 50;

    private Retrieval() {}

    /**
     * @param samples    features of each generated sample, {@code [n][d]}
     * @param conditions features of each sample's own condition in the same space, {@code [n][d]};
     *                   row i is sample i's own
     */
    public static Scores of(float[][] samples, float[][] conditions, int candidates, long seed) {
        int n = samples.length;
        if (conditions.length != n) throw new IllegalArgumentException(n + " samples but " + conditions.length + " conditions");
        int c = Math.min(candidates, n);
        if (c < 2) throw new IllegalArgumentException("retrieval needs at least 2 candidates, got " + n + " samples");
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) norms[i] = norm(conditions[i]);
        SplittableRandom random = new SplittableRandom(seed);
        int at1 = 0, at5 = 0;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = 0; i < n; i++) {
            double sampleNorm = norm(samples[i]);
            double own = cosine(samples[i], sampleNorm, conditions[i], norms[i]);
            int rank = 0;
            // c - 1 distinct others by a partial shuffle that skips the sample's own index
            int drawn = 0;
            for (int k = 0; drawn < c - 1; k++) {
                int j = k + random.nextInt(n - k);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
                if (order[k] == i) continue;
                drawn++;
                if (cosine(samples[i], sampleNorm, conditions[order[k]], norms[order[k]]) >= own) rank++;
            }
            if (rank < 1) at1++;
            if (rank < 5) at5++;
        }
        return new Scores(n, c, (double) at1 / n, (double) at5 / n, 1.0 / c);
    }

    private static double norm(float[] x) {
        double s = 0;
        for (float v : x) s += v * v;
        return Math.sqrt(s);
    }

    private static double cosine(float[] x, double xNorm, float[] y, double yNorm) {
        double dot = 0;
        for (int k = 0; k < x.length; k++) dot += x[k] * y[k];
        double denom = xNorm * yNorm;
        return denom == 0 ? 0 : dot / denom;
    }
}

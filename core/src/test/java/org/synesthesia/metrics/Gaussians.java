package org.synesthesia.metrics;

import java.util.Random;

/** Seeded Gaussian feature sets for the known-answer tests. */
final class Gaussians {

    private Gaussians() {}

    /** {@code n} rows of {@code d} independent standard normals. */
    static float[][] standard(int n, int d, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][d];
        for (float[] row : x) for (int j = 0; j < d; j++) row[j] = (float) r.nextGaussian();
        return x;
    }

    static float[][] shifted(float[][] x, float[] shift) {
        float[][] y = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i].clone();
            for (int j = 0; j < shift.length; j++) y[i][j] += shift[j];
        }
        return y;
    }

    /** Two deterministic feature sets (50 rows, 5 features) that {@code reference_values.py} in the test resources scores with numpy and scipy. */
    static float[][][] referencePair() {
        int n = 50, d = 5;
        float[][] x = new float[n][d], y = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) (Math.sin(i * 0.37 + j * 1.3) + 0.1 * j);
                y[i][j] = (float) (Math.cos(i * 0.11 + j * 0.7) * 1.5 + 0.05 * i / n);
            }
        }
        return new float[][][] {x, y};
    }
}

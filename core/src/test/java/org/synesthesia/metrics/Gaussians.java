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
}

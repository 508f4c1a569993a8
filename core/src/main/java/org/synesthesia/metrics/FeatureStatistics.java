package org.synesthesia.metrics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Gaussian that Frechet distances compare: the mean {@code [d]} and the unbiased covariance
 * {@code [d][d]} (divided by n - 1, as numpy's {@code cov}) of {@code n} feature rows. Computed once
 * per real set and cached by the evaluation.
 */
public record FeatureStatistics(int count, double[] mean, double[][] covariance) {

    /** The statistics of {@code features} ({@code [n][d]}, n >= 2). */
    public static FeatureStatistics of(float[][] features) {
        int n = features.length;
        if (n < 2) throw new IllegalArgumentException("need at least 2 feature rows for a covariance, got " + n);
        int d = features[0].length;
        double[] mean = new double[d];
        for (float[] row : features) {
            if (row.length != d) throw new IllegalArgumentException("feature rows differ in width: " + row.length + " and " + d);
            for (int j = 0; j < d; j++) mean[j] += row[j];
        }
        for (int j = 0; j < d; j++) mean[j] /= n;
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (float[] row : features) {
            for (int j = 0; j < d; j++) centred[j] = row[j] - mean[j];
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                double[] covA = cov[a];
                for (int b = a; b < d; b++) covA[b] += ca * centred[b];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return new FeatureStatistics(n, mean, cov);
    }

    public int dimension() { return mean.length; }

    RealMatrix covarianceMatrix() { return new Array2DRowRealMatrix(covariance, false); }
}

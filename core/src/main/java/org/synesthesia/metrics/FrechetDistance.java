package org.synesthesia.metrics;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Frechet distance between two Gaussians fitted to feature sets, one function for both sides:
 * FID-like on judge image features and FAD-like on judge sound features.
 * {@code |mu1 - mu2|^2 + tr(S1) + tr(S2) - 2 tr sqrt(S1 S2)}, where the trace of the square root is
 * taken through the symmetric matrix {@code sqrt(S1) S2 sqrt(S1)}, whose eigenvalues are those of
 * {@code S1 S2}; commons-math's symmetric eigen-decomposition does the linear algebra, and
 * eigenvalues that rounding pushes below zero are clipped to zero.
 */
public final class FrechetDistance {

    private FrechetDistance() {}

    /** The distance between the Gaussians of two feature sets ({@code [n][d]} each). */
    public static double of(float[][] a, float[][] b) {
        return between(FeatureStatistics.of(a), FeatureStatistics.of(b));
    }

    public static double between(FeatureStatistics a, FeatureStatistics b) {
        if (a.dimension() != b.dimension()) {
            throw new IllegalArgumentException("feature widths differ: " + a.dimension() + " and " + b.dimension());
        }
        double meanTerm = 0;
        for (int j = 0; j < a.dimension(); j++) {
            double diff = a.mean()[j] - b.mean()[j];
            meanTerm += diff * diff;
        }
        RealMatrix s1 = a.covarianceMatrix();
        RealMatrix s2 = b.covarianceMatrix();
        RealMatrix root1 = sqrtSymmetric(s1);
        RealMatrix inner = root1.multiply(s2).multiply(root1);
        double traceRoot = 0;
        for (double ev : eigenvalues(inner)) traceRoot += Math.sqrt(Math.max(0, ev));
        double fd = meanTerm + s1.getTrace() + s2.getTrace() - 2 * traceRoot;
        // Rounding can leave a tiny negative value for identical sets.
        return Math.max(0, fd);
    }

    /** The square root of a symmetric positive semi-definite matrix, negative eigenvalues clipped. */
    static RealMatrix sqrtSymmetric(RealMatrix m) {
        EigenDecomposition eig = new EigenDecomposition(symmetrized(m));
        RealMatrix v = eig.getV();
        double[] ev = eig.getRealEigenvalues();
        RealMatrix scaled = v.copy();
        for (int j = 0; j < ev.length; j++) {
            double s = Math.sqrt(Math.max(0, ev[j]));
            for (int i = 0; i < ev.length; i++) scaled.setEntry(i, j, v.getEntry(i, j) * s);
        }
        return scaled.multiply(v.transpose());
    }

    private static double[] eigenvalues(RealMatrix m) {
        return new EigenDecomposition(symmetrized(m)).getRealEigenvalues();
    }

    /** (M + M^T) / 2: removes the rounding asymmetry that would make commons-math take the general path. */
    private static RealMatrix symmetrized(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }
}

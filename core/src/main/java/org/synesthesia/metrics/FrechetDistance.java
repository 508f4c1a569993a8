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
        // Features constant in both sets (ReLU units that never fire) add zero rows and columns to
        // both covariances and nothing to any trace; dropping them is exact, and commons-math's
        // eigen-decomposition failed to converge on judge embeddings that were 80% such units.
        int[] live = java.util.stream.IntStream.range(0, a.dimension())
                .filter(j -> s1.getEntry(j, j) > 0 || s2.getEntry(j, j) > 0).toArray();
        if (live.length == 0) return meanTerm;
        RealMatrix c1 = s1.getSubMatrix(live, live);
        RealMatrix c2 = s2.getSubMatrix(live, live);
        double fd = meanTerm + c1.getTrace() + c2.getTrace() - 2 * traceOfRoot(c1, c2);
        // Rounding can leave a tiny negative value for identical sets.
        return Math.max(0, fd);
    }

    /**
     * {@code tr sqrt(S1 S2)}. Should the eigen-decomposition still fail, both covariances get a small
     * ridge ({@code 1e-6} of their mean variance) on the diagonal, as pytorch-fid does when its
     * square root is not finite.
     */
    private static double traceOfRoot(RealMatrix s1, RealMatrix s2) {
        try {
            return traceOfRootExact(s1, s2);
        } catch (org.apache.commons.math3.exception.MathIllegalStateException e) {
            double ridge = 1e-6 * (s1.getTrace() + s2.getTrace()) / (2.0 * s1.getRowDimension());
            RealMatrix eye = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(s1.getRowDimension()).scalarMultiply(ridge);
            return traceOfRootExact(s1.add(eye), s2.add(eye)) - ridge * s1.getRowDimension();
        }
    }

    private static double traceOfRootExact(RealMatrix s1, RealMatrix s2) {
        RealMatrix root1 = sqrtSymmetric(s1);
        RealMatrix inner = root1.multiply(s2).multiply(root1);
        double traceRoot = 0;
        for (double ev : eigenvalues(inner)) traceRoot += Math.sqrt(Math.max(0, ev));
        return traceRoot;
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

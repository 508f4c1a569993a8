package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

    @Test
    void identicalSetsAreZeroApart() {
        float[][] x = Gaussians.standard(300, 8, 1);
        assertEquals(0, FrechetDistance.of(x, x), 1e-6);
    }

    @Test
    void shiftedSetIsTheSquaredShiftApart() {
        float[][] x = Gaussians.standard(400, 6, 2);
        float[] shift = {1, -2, 0.5f, 0, 0, 3};
        // same covariance, so only |mu1 - mu2|^2 = 1 + 4 + 0.25 + 9 remains
        assertEquals(14.25, FrechetDistance.of(x, Gaussians.shifted(x, shift)), 1e-4);
    }

    @Test
    void identityCovariancesFromSamplesGiveTheMeanDistance() {
        float[][] a = Gaussians.standard(20000, 3, 3);
        float[][] b = Gaussians.shifted(Gaussians.standard(20000, 3, 4), new float[] {2, 0, 0});
        assertEquals(4.0, FrechetDistance.of(a, b), 0.08);
    }

    @Test
    void twoByTwoCovariancesMatchTheClosedForm() {
        // For 2x2 PSD matrices tr sqrt(M) = sqrt(tr M + 2 sqrt(det M)), and S1 S2 has the eigenvalues
        // of sqrt(S1) S2 sqrt(S1): an answer computed without any eigen-decomposition.
        double[][] s1 = {{2.0, 0.7}, {0.7, 1.0}};
        double[][] s2 = {{0.5, -0.2}, {-0.2, 3.0}};
        double trProd = s1[0][0] * s2[0][0] + s1[0][1] * s2[1][0] + s1[1][0] * s2[0][1] + s1[1][1] * s2[1][1];
        double det = (s1[0][0] * s1[1][1] - s1[0][1] * s1[1][0]) * (s2[0][0] * s2[1][1] - s2[0][1] * s2[1][0]);
        double trSqrt = Math.sqrt(trProd + 2 * Math.sqrt(det));
        double expected = 1 * 1 + 2 * 2 + (3.0 + 3.5) - 2 * trSqrt;
        FeatureStatistics a = new FeatureStatistics(100, new double[] {0, 0}, s1);
        FeatureStatistics b = new FeatureStatistics(100, new double[] {1, 2}, s2);
        assertEquals(expected, FrechetDistance.between(a, b), 1e-9);
        assertEquals(expected, FrechetDistance.between(b, a), 1e-9);
    }

    @Test
    void scaledCovarianceGivesTheSquaredRootGap() {
        // S2 = c S1: tr sqrt(S1 S2) = sqrt(c) tr S1, so FD = (1 - sqrt c)^2 tr S1
        double[][] s1 = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        double[][] s2 = new double[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) s2[i][j] = 9 * s1[i][j];
        double fd = FrechetDistance.between(new FeatureStatistics(10, new double[3], s1), new FeatureStatistics(10, new double[3], s2));
        assertEquals(4 * 9, fd, 1e-9);
    }

    @Test
    void matchesPytorchFidOnTheSameFeatures() {
        // x[i][j] = sin(0.37 i + 1.3 j) + 0.1 j, y[i][j] = 1.5 cos(0.11 i + 0.7 j) + 0.05 i / 50, as float32;
        // pytorch-fid's calculate_frechet_distance (numpy cov, scipy.linalg.sqrtm of S1 S2) gives:
        float[][][] xy = Gaussians.referencePair();
        assertEquals(3.463921047611, FrechetDistance.of(xy[0], xy[1]), 1e-7);
    }

    @Test
    void covarianceIsTheUnbiasedOne() {
        float[][] x = {{1, 2}, {3, 6}, {5, 10}};
        FeatureStatistics s = FeatureStatistics.of(x);
        assertEquals(3, s.mean()[0], 1e-12);
        assertEquals(4, s.covariance()[0][0], 1e-12);
        assertEquals(8, s.covariance()[0][1], 1e-12);
        assertEquals(16, s.covariance()[1][1], 1e-12);
    }

    @Test
    void singularCovariancesStayFinite() {
        float[][] x = new float[50][4];
        for (int i = 0; i < 50; i++) x[i][0] = i; // rank-1 covariance
        double fd = FrechetDistance.of(x, Gaussians.standard(50, 4, 5));
        assertTrue(Double.isFinite(fd) && fd > 0);
    }

    @Test
    void differentWidthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.of(Gaussians.standard(5, 2, 1), Gaussians.standard(5, 3, 1)));
    }

    @Test
    void featuresThatNeverFireChangeNothing() {
        float[][] a = Gaussians.standard(2000, 3, 11);
        float[][] b = Gaussians.shifted(Gaussians.standard(2000, 3, 12), new float[] {1, 0, 0.5f});
        float[][] wideA = new float[a.length][64];
        float[][] wideB = new float[b.length][64];
        // the three live features among 61 that are zero in every sample, as dead ReLU units are
        for (int i = 0; i < a.length; i++) { wideA[i][5] = a[i][0]; wideA[i][30] = a[i][1]; wideA[i][63] = a[i][2]; }
        for (int i = 0; i < b.length; i++) { wideB[i][5] = b[i][0]; wideB[i][30] = b[i][1]; wideB[i][63] = b[i][2]; }
        assertEquals(FrechetDistance.of(a, b), FrechetDistance.of(wideA, wideB), 1e-9);
        assertEquals(0, FrechetDistance.of(wideA, wideA), 1e-9);
    }
}

package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelDistanceTest {

    @Test
    void sameDistributionIsNearZero() {
        float[][] a = Gaussians.standard(400, 8, 1);
        float[][] b = Gaussians.standard(400, 8, 2);
        KernelDistance.Kid k = KernelDistance.of(a, b, 20, 200, false, 7);
        float[] shift = new float[8];
        shift[0] = 1;
        KernelDistance.Kid far = KernelDistance.of(a, Gaussians.shifted(b, shift), 20, 200, false, 7);
        // unbiased: centred on 0, so within the spread of one subset's estimate, and far below a shift's
        assertEquals(0, k.mean(), 2 * k.std(), k.toString());
        assertTrue(far.mean() > 10 * Math.abs(k.mean()), far + " vs " + k);
    }

    @Test
    void shiftedDistributionIsFarAndGrowsWithTheShift() {
        float[][] a = Gaussians.standard(300, 8, 1);
        float[] small = new float[8], large = new float[8];
        small[0] = 0.5f;
        large[0] = 2f;
        double kSmall = KernelDistance.of(a, Gaussians.shifted(Gaussians.standard(300, 8, 2), small), 10, 150, false, 7).mean();
        double kLarge = KernelDistance.of(a, Gaussians.shifted(Gaussians.standard(300, 8, 2), large), 10, 150, false, 7).mean();
        assertTrue(kSmall > 0.001, "small shift KID " + kSmall);
        assertTrue(kLarge > 5 * kSmall, kLarge + " vs " + kSmall);
    }

    @Test
    void identicalPairedSetsAreZeroApart() {
        float[][] a = Gaussians.standard(120, 8, 1);
        KernelDistance.Kid k = KernelDistance.of(a, a, 3, 120, true, 5);
        assertEquals(0, k.mean(), 1e-9);
        // drawn in smaller subsets the estimate scatters around zero
        KernelDistance.Kid sub = KernelDistance.of(a, a, 30, 60, true, 5);
        assertEquals(0, sub.mean(), 2 * sub.std() / Math.sqrt(30) + 1e-6, sub.toString());
    }

    @Test
    void matchesStylegan2AdaOnTheSameFeatures() {
        // stylegan2-ada's kernel_inception_distance.py formula over one subset of all 50 rows of the
        // features in Gaussians.referencePair, computed with numpy in float64:
        float[][][] xy = Gaussians.referencePair();
        assertEquals(1.384567152783, KernelDistance.of(xy[0], xy[1], 1, 50, false, 1).mean(), 1e-5);
    }

    @Test
    void unbiasedEstimateMatchesAHandComputedOne() {
        // one subset of everything: the formula by hand on 3 one-dimensional points per set
        float[][] x = {{0}, {1}, {2}};
        float[][] y = {{1}, {1}, {3}};
        double xx = 0, yy = 0, xy = 0;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) {
            if (i != j) {
                xx += Math.pow(x[i][0] * x[j][0] + 1, 3);
                yy += Math.pow(y[i][0] * y[j][0] + 1, 3);
            }
            xy += Math.pow(x[i][0] * y[j][0] + 1, 3);
        }
        double expected = (xx + yy) / 6 - 2 * xy / 9;
        assertEquals(expected, KernelDistance.of(x, y, 1, 3, false, 1).mean(), 1e-9);
    }

    @Test
    void pairedRowsAreNotPulledBelowZero() {
        // generated row i is a near copy of real row i: the same distribution, but correlated partners
        float[][] real = Gaussians.standard(200, 8, 1);
        float[][] noise = Gaussians.standard(200, 8, 2);
        float[][] gen = new float[200][8];
        for (int i = 0; i < 200; i++) for (int j = 0; j < 8; j++) gen[i][j] = real[i][j] + 0.05f * noise[i][j];
        KernelDistance.Kid unpaired = KernelDistance.of(real, gen, 5, 200, false, 3);
        KernelDistance.Kid paired = KernelDistance.of(real, gen, 5, 200, true, 3);
        assertTrue(unpaired.mean() < -0.05, "unpaired " + unpaired);
        assertTrue(Math.abs(paired.mean()) < Math.abs(unpaired.mean()) / 5, "paired " + paired + " vs unpaired " + unpaired);
    }
}

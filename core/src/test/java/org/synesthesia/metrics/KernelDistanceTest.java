package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelDistanceTest {

    @Test
    void sameDistributionIsNearZero() {
        float[][] a = Gaussians.standard(400, 8, 1);
        float[][] b = Gaussians.standard(400, 8, 2);
        KernelDistance.Kid k = KernelDistance.of(a, b, 20, 200, 7);
        float[] shift = new float[8];
        shift[0] = 1;
        KernelDistance.Kid far = KernelDistance.of(a, Gaussians.shifted(b, shift), 20, 200, 7);
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
        double kSmall = KernelDistance.of(a, Gaussians.shifted(Gaussians.standard(300, 8, 2), small), 10, 150, 7).mean();
        double kLarge = KernelDistance.of(a, Gaussians.shifted(Gaussians.standard(300, 8, 2), large), 10, 150, 7).mean();
        assertTrue(kSmall > 0.001, "small shift KID " + kSmall);
        assertTrue(kLarge > 5 * kSmall, kLarge + " vs " + kSmall);
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
        assertEquals(expected, KernelDistance.of(x, y, 1, 3, 1).mean(), 1e-9);
    }
}

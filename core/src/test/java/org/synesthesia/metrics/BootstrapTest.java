package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void intervalCoversTheTrueMeanAbout95PercentOfTheTime() {
        Random r = new Random(11);
        int covered = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[100];
            for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < 0.3 ? 1 : 0;
            if (Bootstrap.ofMean(x, 300, 0.95, t).contains(0.3)) covered++;
        }
        assertTrue(covered >= 176 && covered <= 199, "covered " + covered + " of " + trials);
    }

    @Test
    void sameSeedSameInterval() {
        double[] x = {1, 0, 1, 1, 0, 0, 1};
        assertEquals(Bootstrap.ofMean(x, 5), Bootstrap.ofMean(x, 5));
    }

    @Test
    void constantScoresHaveAPointInterval() {
        Interval i = Bootstrap.ofMean(new double[] {0.4, 0.4, 0.4}, 1);
        assertEquals(0.4, i.lower(), 1e-12);
        assertEquals(0.4, i.upper(), 1e-12);
    }

    @Test
    void quantileInterpolatesAsNumpy() {
        assertEquals(2.5, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(1.3, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.1), 1e-12);
    }
}

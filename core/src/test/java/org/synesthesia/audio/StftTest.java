package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StftTest {

    /** Direct O(n^2) DFT of frame t in double precision, with numpy-style reflect padding written out here. */
    private static double[][] slowFrame(float[] x, int nFft, int hop, int t) {
        int half = nFft / 2;
        double[] padded = new double[x.length + nFft];
        for (int i = 0; i < padded.length; i++) {
            int j = i - half;
            if (j < 0) j = -j;                          // x[-1] -> x[1]
            if (j >= x.length) j = 2 * (x.length - 1) - j; // x[n] -> x[n-2]
            padded[i] = x[j];
        }
        double[][] out = new double[half + 1][2];
        for (int k = 0; k <= half; k++) {
            double re = 0, im = 0;
            for (int n = 0; n < nFft; n++) {
                double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / nFft);
                double v = w * padded[t * hop + n];
                re += v * Math.cos(2 * Math.PI * k * n / nFft);
                im -= v * Math.sin(2 * Math.PI * k * n / nFft);
            }
            out[k][0] = re;
            out[k][1] = im;
        }
        return out;
    }

    @Test
    void matchesADirectDftWithin1e3Relative() {
        Random random = new Random(7);
        float[] x = new float[3000];
        for (int i = 0; i < x.length; i++) x[i] = (float) (random.nextGaussian() * 0.3 + 0.2 * Math.sin(i * 0.05));
        int nFft = 256, hop = 64;
        float[][] fast = Stft.spectrum(x, nFft, hop);
        assertEquals(1 + 3000 / 64, fast.length);
        for (int t : new int[] {0, 1, 2, 20, fast.length - 2, fast.length - 1}) { // edges exercise the padding
            double[][] slow = slowFrame(x, nFft, hop, t);
            double scale = 0;
            for (double[] c : slow) scale = Math.max(scale, Math.hypot(c[0], c[1]));
            for (int k = 0; k <= nFft / 2; k++) {
                double err = Math.hypot(fast[t][2 * k] - slow[k][0], fast[t][2 * k + 1] - slow[k][1]);
                assertTrue(err <= 1e-3 * scale, "frame " + t + " bin " + k + " error " + err + " vs peak " + scale);
            }
        }
    }

    @Test
    void binCentredToneHasTheAnalyticPeak() {
        int nFft = 1024, rate = 22050;
        double freq = 40.0 * rate / nFft; // exactly bin 40
        float[][] mag = Stft.magnitudes(TestWavs.tone(freq, 0.5, 11025, rate), nFft, 256);
        float[] mid = mag[22];
        int arg = 0;
        for (int k = 0; k < mid.length; k++) if (mid[k] > mid[arg]) arg = k;
        assertEquals(40, arg);
        assertEquals(0.5 * nFft / 4, mid[40], 1e-3 * 0.5 * nFft / 4); // A * sum(hann) / 2
        assertEquals(0.5 * nFft / 8, mid[41], 1e-3 * 0.5 * nFft / 4); // the Hann neighbour, half as high
    }

    @Test
    void inverseRecoversTheSignal() {
        Random random = new Random(3);
        float[] x = new float[4096];
        for (int i = 0; i < x.length; i++) x[i] = (float) random.nextGaussian() * 0.1f;
        float[] y = Stft.inverse(Stft.spectrum(x, 1024, 256), 1024, 256, x.length);
        assertArrayEquals(x, y, 1e-5f);
    }
}

package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GriffinLimTest {

    /** A violin-like note: 8 harmonics falling 1/h, 5.5 Hz vibrato of 0.5 %, attack and decay. */
    static float[] harmonicToneWithVibrato(double f0, int n, int rate) {
        float[] x = new float[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            double f = f0 * (1 + 0.005 * Math.sin(2 * Math.PI * 5.5 * t));
            phase += 2 * Math.PI * f / rate;
            double env = Math.min(1, t / 0.03) * Math.exp(-t * 1.5);
            double v = 0;
            for (int h = 1; h <= 8; h++) v += Math.sin(h * phase) / h;
            x[i] = (float) (0.3 * env * v);
        }
        return x;
    }

    @Test
    void linearMagnitudesInvertBelowSpectralConvergence0point15() {
        float[] x = harmonicToneWithVibrato(392, 11008, 22050);
        float[][] mag = Stft.magnitudes(x, 1024, 256);
        float[] y = GriffinLim.invertMagnitudes(mag, 1024, 256, 100, 1, x.length);
        double sc = GriffinLim.spectralConvergence(x, y, 1024, 256);
        assertTrue(sc < 0.15, "spectral convergence " + sc); // measured 0.09 at 100 iterations
    }

    @Test
    void lmsInvertsBelowSpectralConvergence0point25AndMatchesTheMelTarget() {
        LmsConfig c = LmsConfig.DEFAULT;
        float[] x = harmonicToneWithVibrato(392, 11008, 22050);
        float[][] lms = Lms.compute(x, c);
        float[] y = GriffinLim.invert(lms, c, 100, 1);
        assertEquals(11008, y.length);
        double linear = GriffinLim.spectralConvergence(x, y, c.nFft(), c.hop());
        double mel = GriffinLim.spectralConvergence(sqrt(Lms.melPower(x, c)), sqrt(Lms.melPower(y, c)));
        assertTrue(linear < 0.25, "linear spectral convergence " + linear);
        assertTrue(mel < 0.1, "mel spectral convergence " + mel);
    }

    @Test
    void spectralConvergenceIsZeroForEqualAndOneAgainstSilence() {
        float[][] a = {{1, 2}, {3, 4}};
        assertEquals(0, GriffinLim.spectralConvergence(a, a), 0);
        assertEquals(1, GriffinLim.spectralConvergence(a, new float[2][2]), 1e-12);
    }

    @Test
    void melToLinearReproducesTheMelPower() {
        LmsConfig c = LmsConfig.DEFAULT;
        float[] x = harmonicToneWithVibrato(261.6, 4096, 22050);
        float[][] mel = Lms.melPower(x, c);
        float[][] back = Lms.filterbank(c).apply(GriffinLim.melToLinear(mel, c));
        double sc = GriffinLim.spectralConvergence(mel, back);
        assertTrue(sc < 0.02, "mel power mismatch " + sc);
        assertArrayEquals(new int[] {mel.length, mel[0].length}, new int[] {back.length, back[0].length});
    }

    private static float[][] sqrt(float[][] p) {
        float[][] out = new float[p.length][p[0].length];
        for (int i = 0; i < p.length; i++) for (int j = 0; j < p[i].length; j++) out[i][j] = (float) Math.sqrt(p[i][j]);
        return out;
    }
}

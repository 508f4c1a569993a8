package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LmsTest {

    /** Slaney mel scale written out independently: 3 mels per 200 Hz below 1 kHz, 27 mels per factor 6.4 above. */
    private static double mel(double hz) {
        return hz < 1000 ? hz * 3 / 200 : 15 + 27 * Math.log(hz / 1000) / Math.log(6.4);
    }

    private static int argmaxBand(float[][] lms, int frame) {
        int arg = 0;
        for (int m = 0; m < lms.length; m++) if (lms[m][frame] > lms[arg][frame]) arg = m;
        return arg;
    }

    @Test
    void defaultShapeIs128By44ForAHalfSecondChunk() {
        float[][] lms = Lms.compute(new float[AudioConfig.DEFAULT.chunkSamples()], LmsConfig.DEFAULT);
        assertEquals(128, lms.length);
        assertEquals(44, lms[0].length);
        assertEquals(44, LmsConfig.DEFAULT.frames(11025));
        assertEquals(-100, lms[5][5], 1e-4); // silence sits on the floor of 1e-10
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {110, 440, 1000, 3520, 8000})
    void pureToneLandsInTheMelBandCentredNearest(double freq) {
        LmsConfig c = LmsConfig.DEFAULT;
        // band m is centred on mel (m + 1) * step, with 130 edges spread evenly over mel(0)..mel(11025)
        double step = mel(11025) / (c.nMels() + 1);
        int expected = (int) Math.round(mel(freq) / step) - 1;
        double fromCentre = Math.abs(mel(freq) / step - Math.round(mel(freq) / step));
        assertTrue(fromCentre < 0.35, "the test tone must sit clearly nearer one band centre; it is " + fromCentre + " bands off");
        float[][] lms = Lms.compute(TestWavs.tone(freq, 0.5, 11025, 22050), c);
        assertEquals(expected, argmaxBand(lms, 22));
    }

    @Test
    void fullScaleSineStaysInsideTheNormalizationRange() {
        float[][] lms = Lms.compute(TestWavs.tone(100, 1.0, 11025, 22050), LmsConfig.DEFAULT);
        float max = Float.NEGATIVE_INFINITY;
        for (float[] row : lms) for (float v : row) max = Math.max(max, v);
        assertTrue(max > 20 && max < LmsConfig.DEFAULT.maxDb(), "peak " + max + " dB");
    }

    @Test
    void normalizeMapsTheDbRangeOntoUnitAndBack() {
        LmsConfig c = LmsConfig.DEFAULT;
        float[][] db = {{-80f, -20f, 40f}, {-100f, 10f, 55f}};
        float[][] unit = Lms.normalize(db, c);
        assertEquals(-1f, unit[0][0], 1e-6);
        assertEquals(0f, unit[0][1], 1e-6);
        assertEquals(1f, unit[0][2], 1e-6);
        assertEquals(-1f, unit[1][0], 1e-6); // clipped
        assertEquals(1f, unit[1][2], 1e-6);  // clipped
        float[][] back = Lms.denormalize(unit, c);
        assertEquals(-20f, back[0][1], 1e-4);
        assertEquals(10f, back[1][1], 1e-4);
        assertEquals(-80f, back[1][0], 1e-4);
    }
}

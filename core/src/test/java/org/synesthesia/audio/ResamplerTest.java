package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {

    /** Amplitude of the {@code freq} component of {@code y[from, to)} by correlation with sin and cos. */
    static double amplitudeAt(float[] y, int from, int to, double freq, int rate) {
        double s = 0, c = 0;
        for (int i = from; i < to; i++) {
            double ph = 2 * Math.PI * freq * i / rate;
            s += y[i] * Math.sin(ph);
            c += y[i] * Math.cos(ph);
        }
        return 2 * Math.hypot(s, c) / (to - from);
    }

    static double rms(float[] y, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) e += y[i] * y[i];
        return Math.sqrt(e / (to - from));
    }

    @ParameterizedTest(name = "{0} -> {1} Hz, tone {2} Hz")
    @CsvSource({"48000, 22050, 1000", "44100, 22050, 5000", "96000, 22050, 440", "22050, 48000, 3000", "8000, 22050, 1500", "48000, 44100, 17000"})
    void toneInThePassBandKeepsItsAmplitudeWithin0point1dB(int from, int to, double freq) {
        float[] x = TestWavs.tone(freq, 0.5, from, from); // one second
        float[] y = Resampler.resample(x, from, to);
        assertEquals((int) Math.ceil((double) x.length * to / from), y.length);
        // measure away from the ends, where the zero padding makes the filter ring
        double amp = amplitudeAt(y, to / 10, to - to / 10, freq, to);
        double db = 20 * Math.log10(amp / 0.5);
        assertTrue(Math.abs(db) < 0.1, "gain " + db + " dB");
        double residual = 0;
        for (int i = to / 10; i < to - to / 10; i++) {
            double want = 0.5 * Math.sin(2 * Math.PI * freq * i / to);
            residual = Math.max(residual, Math.abs(y[i] - want));
        }
        assertTrue(residual < 1e-3, "max deviation from the ideal tone " + residual);
    }

    @ParameterizedTest(name = "{0} -> {1} Hz, tone {2} Hz")
    @CsvSource({"48000, 22050, 13000", "48000, 22050, 20000", "44100, 22050, 12000", "96000, 22050, 30000"})
    void toneAboveTheNewNyquistIsSuppressedBeyond60dB(int from, int to, double freq) {
        float[] x = TestWavs.tone(freq, 0.5, from, from);
        float[] y = Resampler.resample(x, from, to);
        double level = rms(y, to / 10, to - to / 10) / (0.5 / Math.sqrt(2));
        double db = 20 * Math.log10(level);
        assertTrue(db < -60, "alias at " + db + " dB");
    }

    @ParameterizedTest
    @CsvSource({"48000, 22050, 0", "48000, 22050, 1", "48000, 22050, 7", "44100, 22050, 11025", "22050, 22050, 5"})
    void lengthIsTheCeilingOfTheScaledLength(int from, int to, int n) {
        assertEquals((int) Math.ceil((double) n * to / from), Resampler.resample(new float[n], from, to).length);
    }
}

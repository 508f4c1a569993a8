package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CqtTest {

    @ParameterizedTest(name = "{0} Hz -> bin {1}")
    @CsvSource({"440, 45", "65.406, 12", "261.626, 36", "1760, 69", "3520, 81"})
    void pureToneLandsInItsSemitoneBinAtHalfItsAmplitude(double freq, int bin) {
        CqtConfig c = CqtConfig.DEFAULT;
        float[] x = TestWavs.tone(freq, 0.8, 22050, 22050); // one second, so even C1's kernel sees only tone mid-way
        float[][] db = Cqt.compute(x, c);
        int frame = db[0].length / 2;
        int arg = 0;
        for (int k = 0; k < db.length; k++) if (db[k][frame] > db[arg][frame]) arg = k;
        assertEquals(bin, arg);
        assertEquals(20 * Math.log10(0.4), db[bin][frame], 0.1); // amplitude A/2 within 0.1 dB
        // a semitone away the Hann kernel (Q = 16.8) passes about half; two semitones away very little
        assertTrue(db[bin][frame] - db[bin + 2][frame] > 25, "two semitones up only " + (db[bin][frame] - db[bin + 2][frame]) + " dB down");
    }

    @Test
    void defaultShapeIs84By44AndNormalizeRoundTrips() {
        float[][] db = Cqt.compute(TestWavs.tone(440, 0.5, 11025, 22050), CqtConfig.DEFAULT);
        assertEquals(84, db.length);
        assertEquals(44, db[0].length);
        float[][] back = Cqt.denormalize(Cqt.normalize(db, CqtConfig.DEFAULT), CqtConfig.DEFAULT);
        for (int k = 0; k < db.length; k++) {
            for (int t = 0; t < db[k].length; t++) assertEquals(Math.max(-80, Math.min(0, db[k][t])), back[k][t], 1e-3);
        }
    }
}

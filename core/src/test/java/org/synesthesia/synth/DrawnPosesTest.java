package org.synesthesia.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

class DrawnPosesTest {

    @Test
    void theSameSeedDrawsTheSamePosesAnotherSeedOthers() {
        DrawnPoses a = new DrawnPoses(Instrument.CELLO, 10, 3);
        DrawnPoses b = new DrawnPoses(Instrument.CELLO, 10, 3);
        DrawnPoses c = new DrawnPoses(Instrument.CELLO, 10, 4);
        for (double t = 0; t < 10; t += 0.37) assertEquals(a.at(t), b.at(t));
        assertNotEquals(a.at(1.1), c.at(1.1));
    }

    @Test
    void theHandAndBowSpanTheirRangeAndHalfASecondApartAreUnrelated() {
        DrawnPoses poses = new DrawnPoses(Instrument.VIOLIN, 2000, 1);
        int n = 4000;
        double[] now = new double[n];
        double[] later = new double[n];
        double lo = 1;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            Pose p = poses.at(i * 0.5);
            now[i] = p.hand();
            later[i] = poses.at(i * 0.5 + 0.5).hand();
            lo = Math.min(lo, Math.min(p.hand(), p.bow()));
            hi = Math.max(hi, Math.max(p.hand(), p.bow()));
        }
        assertTrue(lo < 0.1 && hi > 0.9, lo + ".." + hi);
        assertEquals(0, correlation(now, later), 0.06, "pairs half a second apart, as the pair store takes them");
    }

    @Test
    void thePictureEasesFromKnotToKnotAndOnlyBowedPlayersHaveABow() {
        DrawnPoses violin = new DrawnPoses(Instrument.VIOLIN, 5, 2);
        double frame = 1001 / 30000.0;
        for (double t = 0; t < 5; t += frame) {
            Pose a = violin.at(t);
            Pose b = violin.at(t + frame);
            // a smoothstep between knots moves at most 1.5x the knots' difference per knot interval
            assertTrue(Math.abs(a.hand() - b.hand()) <= 1.5 * frame / DrawnPoses.KNOT_SECONDS + 1e-9, "t " + t);
        }
        DrawnPoses flute = new DrawnPoses(Instrument.FLUTE, 5, 2);
        for (double t = 0; t < 5; t += 0.1) assertEquals(0.5, flute.at(t).bow());
        assertEquals(violin.at(0), violin.at(-1), "before the start, the first pose");
        assertTrue(violin.at(6).hand() >= 0, "past the end it holds");
    }

    private static double correlation(double[] x, double[] y) {
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) { mx += x[i]; my += y[i]; }
        mx /= x.length;
        my /= y.length;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}

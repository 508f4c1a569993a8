package org.synesthesia.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoseScoresTest {

    private static float[] v(float a, float b, float c, float d) { return new float[] {a, b, c, d}; }

    @Test
    void scoresOnlyTheShownValuesAgainstBothMeans() {
        // instrument 0 shows bow and raised, instrument 1 only raised; fingers and hand nowhere
        List<float[]> truth = List.of(v(0.2f, 0.9f, 0.9f, 1), v(0.6f, 0.1f, 0.1f, 1), v(0.5f, 0.5f, 0.5f, 0), v(0.5f, 0.5f, 0.5f, 0));
        List<float[]> read = List.of(v(0.3f, 0, 0, 1), v(0.6f, 0, 0, 1), v(0.5f, 0, 0, 0.5f), v(0.5f, 0, 0, 0.5f));
        List<float[]> shown = List.of(v(1, 0, 0, 1), v(1, 0, 0, 1), v(0, 0, 0, 1), v(0, 0, 0, 1));
        ClassifierEvaluation.PoseScores s = ClassifierEvaluation.poseScores(truth, read, shown, List.of(0, 0, 1, 1));
        assertArrayEquals(new long[] {2, 0, 0, 4}, s.count());
        assertEquals(0.05, s.mae()[0], 1e-6);
        assertEquals(0.2, s.maeOfMean()[0], 1e-6);           // |0.4 - 0.2|, |0.4 - 0.6|
        assertEquals(0.2, s.maeOfInstrumentMean()[0], 1e-6); // one instrument shows the bow
        assertTrue(Double.isNaN(s.mae()[1]) && Double.isNaN(s.mae()[2]));
        assertEquals(0.25, s.mae()[3], 1e-6);
        assertEquals(0.5, s.maeOfMean()[3], 1e-6);           // mean 0.5 against 1, 1, 0, 0
        assertEquals(0.0, s.maeOfInstrumentMean()[3], 1e-6); // each instrument's own mean is exact
        // overall: weighted by the shown values, the hidden parameters left out
        assertEquals((0.05 * 2 + 0.25 * 4) / 6, s.overall(), 1e-6);
        assertEquals((0.2 * 2 + 0.5 * 4) / 6, s.overallOfMean(), 1e-6);
        assertEquals((0.2 * 2) / 6, s.overallOfInstrumentMean(), 1e-6);
    }
}

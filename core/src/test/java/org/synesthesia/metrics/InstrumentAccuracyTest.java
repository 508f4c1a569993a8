package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class InstrumentAccuracyTest {

    static float[][] oneHot(int[] labels, int classes) {
        float[][] p = new float[labels.length][classes];
        for (int i = 0; i < labels.length; i++) p[i][labels[i]] = 1;
        return p;
    }

    static int[] randomLabels(int n, int classes, long seed) {
        Random r = new Random(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) y[i] = r.nextInt(classes);
        return y;
    }

    @Test
    void perfectPredictionsScoreOne() {
        int[] y = randomLabels(200, 13, 1);
        InstrumentAccuracy.Scores s = InstrumentAccuracy.of(oneHot(y, 13), y, 3);
        assertEquals(1.0, s.top1());
        assertEquals(1.0, s.top3());
        assertEquals(1.0, s.top1Interval().lower());
        for (double per : s.perInstrument()) assertTrue(Double.isNaN(per) || per == 1.0);
    }

    @Test
    void shuffledLabelsGiveChanceWithinTheInterval() {
        int n = 2600;
        int[] y = randomLabels(n, 13, 1);
        int[] shuffled = randomLabels(n, 13, 2); // predictions independent of the truth
        InstrumentAccuracy.Scores s = InstrumentAccuracy.of(oneHot(shuffled, 13), y, 3);
        assertTrue(s.top1Interval().contains(1.0 / 13), s.top1() + " " + s.top1Interval());
        assertTrue(s.top1Interval().width() < 0.05);
    }

    @Test
    void topThreeCountsTheThirdBestAndTiesCountAgainst() {
        float[][] p = {{0.5f, 0.3f, 0.2f, 0f}, {0.5f, 0.3f, 0.2f, 0f}, {0.25f, 0.25f, 0.25f, 0.25f}};
        int[] y = {2, 3, 0};
        InstrumentAccuracy.Scores s = InstrumentAccuracy.of(p, y, 1);
        assertEquals(0.0, s.top1());
        assertEquals(1.0 / 3, s.top3(), 1e-12); // label 2 is third; label 3 is fourth; a 4-way tie ranks last
        assertEquals(0.0, s.perInstrument()[2]);
        assertTrue(Double.isNaN(s.perInstrument()[1]));
    }

    @Test
    void perInstrumentSplitsByTheTrueLabel() {
        int[] y = {0, 0, 0, 0, 1, 1};
        int[] guess = {0, 0, 0, 1, 1, 0};
        InstrumentAccuracy.Scores s = InstrumentAccuracy.of(oneHot(guess, 13), y, 1);
        assertEquals(0.75, s.perInstrument()[0], 1e-12);
        assertEquals(0.5, s.perInstrument()[1], 1e-12);
        assertEquals(4.0 / 6, s.top1(), 1e-12);
    }

    @Test
    void confusionCountsTruthAgainstTheTopScore() {
        float[][] p = {{0.9f, 0.1f, 0f}, {0.2f, 0.7f, 0.1f}, {0.6f, 0.3f, 0.1f}, {0.1f, 0.1f, 0.8f}};
        int[][] c = InstrumentAccuracy.confusion(p, new int[] {0, 1, 1, 2}, 3);
        assertEquals(1, c[0][0]);
        assertEquals(1, c[1][1]);
        assertEquals(1, c[1][0]);
        assertEquals(1, c[2][2]);
        assertEquals(4, java.util.Arrays.stream(c).flatMapToInt(java.util.Arrays::stream).sum());
    }
}

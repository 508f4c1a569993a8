package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synesthesia.instrument.Instrument;

class PoseErrorTest {

    static float[][] randomPoses(int n, long seed) {
        Random r = new Random(seed);
        float[][] p = new float[n][4];
        for (float[] row : p) for (int j = 0; j < 4; j++) row[j] = r.nextFloat();
        return p;
    }

    @Test
    void perfectReadingHasZeroErrorAndFullReduction() {
        float[][] truth = randomPoses(300, 1);
        int[] instruments = new int[300];
        for (int i = 0; i < 300; i++) instruments[i] = i % 3;
        PoseError.Scores s = PoseError.of(truth, truth, instruments, 5);
        assertEquals(0, s.mae());
        assertEquals(1.0, s.relativeReduction());
        // uniform poses: E|u - v| = 1/3
        assertEquals(1.0 / 3, s.baselineMae(), 0.03);
        assertEquals(300, s.baselineCount());
    }

    @Test
    void readingsUnrelatedToTheSoundAreNoBetterThanTheBaseline() {
        float[][] truth = randomPoses(2000, 1);
        float[][] read = randomPoses(2000, 2);
        PoseError.Scores s = PoseError.of(read, truth, new int[2000], 5);
        assertEquals(0, s.relativeReduction(), 0.05);
    }

    @Test
    void aLoneChunkOfAnInstrumentHasNoBaseline() {
        float[][] truth = {{0, 0, 0, 0}, {1, 1, 1, 1}, {0.5f, 0.5f, 0.5f, 0.5f}};
        float[][] read = {{0.1f, 0, 0, 0}, {1, 1, 1, 1}, {0.5f, 0.5f, 0.5f, 0.5f}};
        PoseError.Scores s = PoseError.of(read, truth, new int[] {0, 0, 1}, 5);
        // violins and violas show bow, hand and raised: three values each
        assertEquals(0.1 / 9, s.mae(), 1e-7);
        assertEquals(2, s.baselineCount());
        assertEquals(1.0, s.baselineMae(), 1e-7);
        assertTrue(s.relativeReduction() > 0.98);
    }

    @Test
    void onlyTheShownParametersOfPoseOrientedInstrumentsCount() {
        int flute = Instrument.FLUTE.index();
        int trombone = Instrument.TROMBONE.index();
        float[][] truth = {{0.5f, 0.2f, 0, 1}, {0.5f, 0.6f, 1, 1}, {0.5f, 0.5f, 0, 1}, {0.5f, 0.5f, 1, 1}};
        // fingers read wrong everywhere, and the flutes read wrong in every parameter: neither counts
        float[][] read = {{0.9f, 0.2f, 1, 1}, {0.1f, 0.6f, 0, 1}, {0, 0, 1, 0}, {1, 1, 0, 0}};
        PoseError.Scores s = PoseError.of(read, truth, new int[] {trombone, trombone, flute, flute}, 5);
        assertEquals(2, s.count());
        assertEquals(0.0, s.mae(), 1e-7);           // the trombone shows its slide and whether it is raised
        assertEquals(0.4 / 2, s.baselineMae(), 1e-6); // slides 0.2 against 0.6; raised equal
        // per parameter: the trombone shows no bow and no fingers
        assertTrue(Double.isNaN(s.maeByParameter()[0]) && Double.isNaN(s.maeByParameter()[2]));
        assertEquals(0.0, s.maeByParameter()[1], 1e-7);
        assertEquals(0.4, s.baselineByParameter()[1], 1e-6);
        assertEquals(0.0, s.baselineByParameter()[3], 1e-7);
        // the mean slide, 0.4, is 0.2 off both; raised is always 1
        assertEquals(0.2 / 2, s.instrumentMeanMae(), 1e-6);
    }

    @Test
    void drawingEachInstrumentsMeanPoseScoresTheInstrumentMeanReference() {
        int n = 3000;
        float[][] truth = randomPoses(n, 3);
        int[] instruments = new int[n];
        int[] posed = {Instrument.VIOLIN.index(), Instrument.CELLO.index(), Instrument.TROMBONE.index()};
        double[][] mean = new double[Instrument.count()][4];
        int[] seen = new int[Instrument.count()];
        for (int i = 0; i < n; i++) {
            instruments[i] = posed[i % 3];
            seen[instruments[i]]++;
            for (int j = 0; j < 4; j++) mean[instruments[i]][j] += truth[i][j];
        }
        float[][] read = new float[n][4];
        for (int i = 0; i < n; i++) for (int j = 0; j < 4; j++) read[i][j] = (float) (mean[instruments[i]][j] / seen[instruments[i]]);
        PoseError.Scores s = PoseError.of(read, truth, instruments, 5);
        assertEquals(s.mae(), s.instrumentMeanMae(), 1e-6);
        // uniform poses: E|u - 1/2| = 1/4 against E|u - v| = 1/3, a quarter less
        assertEquals(0.25, s.instrumentMeanReduction(), 0.03);
        assertEquals(0.25, s.maeByParameter()[0], 0.02);
    }
}

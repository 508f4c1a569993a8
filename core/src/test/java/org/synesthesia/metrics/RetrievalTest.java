package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RetrievalTest {

    @Test
    void identicalFeaturesAlwaysFindTheirCondition() {
        float[][] c = Gaussians.standard(200, 16, 1);
        Retrieval.Scores s = Retrieval.of(c, c, 50, 3);
        assertEquals(1.0, s.recallAt1());
        assertEquals(1.0, s.recallAt5());
        assertEquals(50, s.candidates());
    }

    @Test
    void unrelatedFeaturesFindTheirConditionByChance() {
        float[][] samples = Gaussians.standard(3000, 16, 1);
        float[][] conditions = Gaussians.standard(3000, 16, 2);
        Retrieval.Scores s = Retrieval.of(samples, conditions, 20, 3);
        assertEquals(1.0 / 20, s.recallAt1(), 0.015);
        assertEquals(5.0 / 20, s.recallAt5(), 0.03);
    }

    @Test
    void constantFeaturesAreNeverCredited() {
        float[][] same = new float[30][4];
        for (float[] row : same) row[0] = 1;
        Retrieval.Scores s = Retrieval.of(same, same, 10, 3);
        assertEquals(0.0, s.recallAt1());
        assertEquals(0.0, s.recallAt5());
    }

    @Test
    void candidatesAreCappedByTheSampleCount() {
        float[][] c = Gaussians.standard(4, 3, 1);
        Retrieval.Scores s = Retrieval.of(c, c, 50, 3);
        assertEquals(4, s.candidates());
        assertEquals(1.0, s.recallAt1());
    }
}

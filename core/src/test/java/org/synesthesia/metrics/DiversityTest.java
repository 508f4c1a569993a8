package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiversityTest {

    @Test
    void constantSamplesHaveNoDiversity() {
        float[][] gen = new float[20][5];
        for (float[] row : gen) row[2] = 3;
        int[] conditions = new int[20];
        for (int i = 0; i < 20; i++) conditions[i] = i / 4;
        float[][] real = Gaussians.standard(40, 5, 1);
        Diversity.Scores s = Diversity.of(gen, conditions, real, new int[40]);
        assertEquals(0.0, s.generated());
        assertEquals(0.0, s.ratio());
        assertEquals(5, s.conditions());
        assertTrue(s.real() > 0);
    }

    @Test
    void samplesFromTheRealDistributionHaveRatioOne() {
        // E|x - y| for independent standard normals in d dims is close to sqrt(2d)
        float[][] gen = Gaussians.standard(400, 32, 1);
        int[] conditions = new int[400];
        for (int i = 0; i < 400; i++) conditions[i] = i / 10;
        Diversity.Scores s = Diversity.of(gen, conditions, Gaussians.standard(400, 32, 2), new int[400]);
        assertEquals(1.0, s.ratio(), 0.05);
        assertEquals(Math.sqrt(64), s.real(), 0.2);
    }

    @Test
    void meanPairwiseDistanceByHand() {
        double d = Diversity.meanPairwiseDistance(List.of(new float[] {0, 0}, new float[] {3, 4}, new float[] {0, 4}));
        assertEquals((5 + 4 + 3) / 3.0, d, 1e-12);
    }
}

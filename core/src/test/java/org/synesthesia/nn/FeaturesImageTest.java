package org.synesthesia.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FeaturesImageTest {

    @Test
    void augmentationMovesAndRecoloursWithinItsBoundsAndIsOffWithoutARandomSource() {
        int size = 32;
        float[] chw = new float[3 * size * size];
        java.util.Arrays.fill(chw, -1f);
        // a bright 2x2 dot in the middle of every channel
        for (int c = 0; c < 3; c++) for (int y = 15; y <= 16; y++) for (int x = 15; x <= 16; x++) chw[c * size * size + y * size + x] = 1f;
        assertArrayEquals(chw, Features.image(chw, size, null));
        Random rng = new Random(5);
        boolean moved = false;
        for (int trial = 0; trial < 50; trial++) {
            float[] out = Features.image(chw, size, rng);
            assertEquals(chw.length, out.length);
            int bestX = 0, bestY = 0;
            float best = -2;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    float v = out[y * size + x];
                    assertTrue(v >= -1 && v <= 1);
                    if (v > best) { best = v; bestX = x; bestY = y; }
                }
            }
            // shifts of up to 4 px and a 15% zoom about the centre keep the dot within 5 px of it
            assertTrue(Math.abs(bestX - 15.5) <= 6 && Math.abs(bestY - 15.5) <= 6, "dot at " + bestX + "," + bestY);
            moved |= Math.abs(bestX - 15.5) > 1 || Math.abs(bestY - 15.5) > 1;
        }
        assertTrue(moved, "augmentation never moved the picture");
    }
}

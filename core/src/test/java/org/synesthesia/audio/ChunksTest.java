package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChunksTest {

    @Test
    void cutsWholeChunksAndDropsTheTail() {
        float[] x = new float[25];
        for (int i = 0; i < x.length; i++) x[i] = i;
        float[][] chunks = Chunks.cut(x, 10);
        assertEquals(2, chunks.length);
        assertArrayEquals(new float[] {10, 11, 12, 13, 14, 15, 16, 17, 18, 19}, chunks[1], 0f);

        float[][] overlapping = Chunks.cut(x, 10, 5);
        assertEquals(4, overlapping.length);
        assertEquals(15f, overlapping[3][0], 0f);
        assertEquals(0, Chunks.cut(new float[9], 10).length);
    }

    @Test
    void defaultChunkIsHalfASecondAt22050() {
        assertEquals(11025, AudioConfig.DEFAULT.chunkSamples());
    }
}

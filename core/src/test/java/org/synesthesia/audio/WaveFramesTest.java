package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WaveFramesTest {

    @Test
    void defaultFramesAChunkInto44By256OnTheLmsGrid() {
        float[] x = TestWavs.tone(440, 0.25, 11025, 22050);
        float[][] frames = WaveFrames.frame(x, WaveConfig.DEFAULT);
        assertEquals(44, frames.length);
        assertEquals(256, frames[0].length);
        float peak = 0;
        for (float[] f : frames) for (float v : f) peak = Math.max(peak, Math.abs(v));
        assertEquals(1f, peak, 1e-6);
        assertEquals(x[300] * 4, frames[1][44], 1e-3); // scaled by 1 / peak (0.25)
        assertEquals(0f, frames[43][255], 0f);          // zero padding past the end
    }

    @Test
    void unframeInvertsOverlappingFramesWithoutNormalization() {
        WaveConfig c = new WaveConfig(8, 4, false);
        float[] x = new float[30];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i) * 0.9f;
        float[][] frames = WaveFrames.frame(x, c);
        assertEquals(7, frames.length);
        assertArrayEquals(x, WaveFrames.unframe(frames, c, x.length), 0f);
    }
}

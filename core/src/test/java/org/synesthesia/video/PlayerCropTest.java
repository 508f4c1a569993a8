package org.synesthesia.video;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PlayerCropTest {

    @Test
    void equalWidthRegionsInTrackOrderAndTheirCentreSquares() {
        assertEquals(new Box(640, 0, 640, 1080), PlayerCrop.region(1920, 1080, 3, 2));
        assertEquals(new Box(640, 220, 640, 640), PlayerCrop.region(1920, 1080, 3, 2).centreSquare());
        assertEquals(new Box(420, 0, 1080, 1080), PlayerCrop.region(1920, 1080, 1, 1).centreSquare());
        assertThrows(IllegalArgumentException.class, () -> PlayerCrop.region(1920, 1080, 2, 3));
    }

    @Test
    void areaAveragingKeepsBlocksAndAveragesFineDetail() {
        // 4x4: 2x2 blocks of 10, 20 / 30, 40 in every channel
        byte[] rgb = new byte[4 * 4 * 3];
        int[][] blocks = {{10, 20}, {30, 40}};
        for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) for (int c = 0; c < 3; c++) rgb[(y * 4 + x) * 3 + c] = (byte) blocks[y / 2][x / 2];
        byte[] out = PlayerCrop.resize(new RgbFrame(4, 4, rgb), new Box(0, 0, 4, 4), 2);
        assertArrayEquals(new byte[] {10, 10, 10, 20, 20, 20, 30, 30, 30, 40, 40, 40}, out);

        // a one-pixel checkerboard of 0 and 200 averages to 100, not to either colour
        for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) for (int c = 0; c < 3; c++) rgb[(y * 4 + x) * 3 + c] = (byte) ((x + y) % 2 == 0 ? 0 : 200);
        for (byte b : PlayerCrop.resize(new RgbFrame(4, 4, rgb), new Box(0, 0, 4, 4), 2)) assertEquals(100, b & 0xff);

        // 3 -> 2: output pixel 0 covers source [0, 1.5): weights 1 and 1/2 on each axis
        byte[] three = new byte[3 * 3 * 3];
        for (int p = 0; p < 9; p++) for (int c = 0; c < 3; c++) three[p * 3 + c] = (byte) (p * 20);
        byte[] two = PlayerCrop.resize(new RgbFrame(3, 3, three), new Box(0, 0, 3, 3), 2);
        double expected = (0 * 1 + 20 * 0.5 + 60 * 0.5 + 80 * 0.25) / 2.25;
        assertEquals(Math.round(expected), two[0] & 0xff);
    }

    @Test
    void aBoxOutsideTheFrameIsRefused() {
        RgbFrame f = TestVideos.solid(10, 10, 1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> PlayerCrop.resize(f, new Box(5, 5, 6, 6), 4));
    }
}

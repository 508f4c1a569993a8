package org.synesthesia.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoWriterTest {

    @TempDir Path dir;

    private static VideoWriter.FrameSource movingBox(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        return k -> {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.DARK_GRAY);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.ORANGE);
            g.fillRect(4 * k % w, h / 4, 20, h / 2);
            g.dispose();
            return image;
        };
    }

    private static float[] tone(double seconds) {
        float[] s = new float[(int) Math.round(seconds * 48_000)];
        for (int i = 0; i < s.length; i++) s[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / 48_000.0));
        return s;
    }

    @Test
    void writesH264AndAacAt2997FpsThatDecodeToTheSameLength() throws Exception {
        double seconds = 2.0;
        int frames = VideoWriter.frameCount(seconds);
        assertEquals(60, frames);
        Path file = dir.resolve("v.mp4");
        VideoWriter.write(file, 96, 64, frames, movingBox(96, 64), tone(seconds), 48_000);

        VideoWriterProbe p = VideoWriterProbe.of(file);
        assertEquals(96, p.width());
        assertEquals(64, p.height());
        assertEquals(30000.0 / 1001, p.frameRate(), 0.01);
        assertEquals(frames, p.videoFrames());
        assertEquals("h264", p.videoCodec());
        assertEquals("aac", p.audioCodec());
        assertEquals(48_000, p.sampleRate());
        assertEquals(1, p.audioChannels());
        assertEquals(seconds, p.audioSeconds(), 0.05);
        assertTrue(p.audioPeak() > 0.3, "the tone survives AAC, peak " + p.audioPeak());
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        Path a = dir.resolve("a.mp4");
        Path b = dir.resolve("b.mp4");
        VideoWriter.write(a, 64, 48, 20, movingBox(64, 48), tone(0.7), 48_000);
        VideoWriter.write(b, 64, 48, 20, movingBox(64, 48), tone(0.7), 48_000);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void refusesOddSizesAndWrongImages() {
        assertThrows(IllegalArgumentException.class,
                () -> VideoWriter.write(dir.resolve("odd.mp4"), 63, 48, 5, movingBox(63, 48), tone(0.2), 48_000));
        BufferedImage rgb = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        assertThrows(IllegalArgumentException.class,
                () -> VideoWriter.write(dir.resolve("rgb.mp4"), 64, 48, 5, k -> rgb, tone(0.2), 48_000));
    }
}

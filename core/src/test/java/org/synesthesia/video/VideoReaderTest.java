package org.synesthesia.video;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.io.BadInputException;

class VideoReaderTest {

    @TempDir Path dir;

    /** Frame k is one colour whose red channel is 16 k: the frame number survives compression. */
    static RgbFrame numbered(int k) { return TestVideos.solid(64, 48, 16 * k, 100, 200); }

    static int numberOf(VideoFrame f) { return Math.round((f.image().rgb()[3 * (24 * 64 + 32)] & 0xff) / 16f); }

    @Test
    void givesTheFrameOnScreenAtIncreasingTimes() throws Exception {
        Path mp4 = dir.resolve("v.mp4");
        TestVideos.write(mp4, 64, 48, 10, 15, VideoReaderTest::numbered, null, 0);
        try (VideoReader r = VideoReader.open(mp4)) {
            assertEquals(64, r.width());
            assertEquals(10.0, r.frameRate(), 1e-6);
            double[] times = {0.0, 0.05, 0.1, 0.25, 0.26, 0.99, 1.41};
            int[] expected = {0, 0, 1, 2, 2, 9, 14};
            for (int k = 0; k < times.length; k++) {
                VideoFrame f = r.frameAt(times[k]).orElseThrow();
                assertEquals(expected[k], f.index(), "index at " + times[k]);
                assertEquals(expected[k], numberOf(f), "picture at " + times[k]);
                assertEquals(expected[k] / 10.0, f.time(), 1e-3);
            }
            assertTrue(r.frameAt(1.6).isEmpty(), "past the end");
        }
    }

    @Test
    void readsTheSoundTrackResampled() throws Exception {
        Path mp4 = dir.resolve("a.mp4");
        float[] tone = new float[48000];
        for (int i = 0; i < tone.length; i++) tone[i] = 0.5f * (float) Math.sin(2 * Math.PI * 440 * i / 48000.0);
        TestVideos.write(mp4, 32, 32, 10, 10, k -> TestVideos.solid(32, 32, 0, 0, 0), tone, 48000);
        float[] mono = MediaAudio.readMono(mp4, 22050);
        assertEquals(22050, mono.length, 2048, "about one second at 22050 Hz");
        double rms = 0;
        for (int i = 4000; i < 18000; i++) rms += mono[i] * mono[i];
        assertEquals(0.5 / Math.sqrt(2), Math.sqrt(rms / 14000), 0.05);
    }

    @Test
    void namesAnUnreadableFile() throws Exception {
        Path bad = dir.resolve("bad.mp4");
        Files.write(bad, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 1, 2, 3});
        BadInputException e = assertThrows(BadInputException.class, () -> VideoReader.open(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }
}

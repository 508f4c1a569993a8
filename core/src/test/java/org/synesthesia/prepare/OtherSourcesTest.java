package org.synesthesia.prepare;

import static org.junit.jupiter.api.Assertions.*;
import static org.synesthesia.prepare.SourceFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;
import org.synesthesia.video.TestVideos;

class OtherSourcesTest {

    @TempDir Path dir;

    @Test
    void subUrmpPairsByStemAndCountsTheUnmatched() throws Exception {
        Path src = dir.resolve("sub");
        // as distributed: 1920x1080 JPEGs, 44.1 kHz 16-bit stereo 0.5 s chunks
        jpeg(src.resolve("img/train/cello/cello00_6300.jpg"), 200, 10, 10);
        wav(src.resolve("chunk/train/cello/cello00_6300.wav"), tone(330, 0.5, 44100), 44100, 16, false, 2);
        jpeg(src.resolve("img/train/cello/cello00_6350.jpg"), 10, 200, 10);
        wav(src.resolve("chunk/train/cello/cello00_6350.wav"), tone(440, 0.5, 44100), 44100, 16, false, 2);
        jpeg(src.resolve("img/train/cello/cello01_100.jpg"), 0, 0, 0); // no chunk
        jpeg(src.resolve("img/validation/double_bass/double_bass02_50.jpg"), 10, 10, 200);
        wav(src.resolve("chunk/validation/double_bass/double_bass02_50.wav"), tone(110, 0.5, 44100), 44100, 16, false, 2);
        wav(src.resolve("chunk/validation/double_bass/double_bass02_99.wav"), tone(110, 0.5, 44100), 44100, 16, false, 2); // no image

        PrepareReport report = Preparer.prepare(PrepareConfig.defaults("sub-urmp"), src, dir.resolve("store"), Progress.NONE);
        assertEquals(Map.of("img", 1, "chunk", 1), report.unmatched());
        PairStore store = PairStore.open(dir.resolve("store"));
        assertEquals(3, store.size());
        assertEquals(2, report.train());
        assertEquals(1, report.test(), "validation is our test split");
        assertEquals(Instrument.CELLO, store.instrument(0));
        assertEquals("cello00", store.info(0).piece());
        assertEquals(Instrument.DOUBLE_BASS, store.instrument(2));
        assertEquals(Split.TEST, store.split(2));
        byte[] img = new byte[64 * 64 * 3];
        store.image(1, img);
        assertEquals(200, img[1] & 0xff, 4, "the green image of stem cello00_6350");
        float[] audio = new float[store.chunkSamples()];
        store.audio(1, audio);
        assertEquals(440, toneHz(audio, 22050), 5, "its own chunk, resampled to 22050 Hz");
    }

    @Test
    void subUrmpUnknownInstrumentIsNamed() throws Exception {
        Path src = dir.resolve("sub");
        jpeg(src.resolve("img/train/banjo/banjo00_1.jpg"), 1, 2, 3);
        wav(src.resolve("chunk/train/banjo/banjo00_1.wav"), tone(330, 0.5, 44100), 44100, 16, false, 2);
        BadInputException e = assertThrows(BadInputException.class,
                () -> Preparer.prepare(PrepareConfig.defaults("sub-urmp"), src, dir.resolve("store"), Progress.NONE));
        assertTrue(e.getMessage().contains("banjo"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("store")));
    }

    @Test
    void inisPairsEachChunkWithAnImageOfItsClassAndReadsUnusualWavs() throws Exception {
        Path src = dir.resolve("inis");
        jpeg(src.resolve("images/Violin/a.jpg"), 250, 0, 0);
        jpeg(src.resolve("images/Violin/b.jpg"), 0, 0, 250);
        // unusual formats are read, not refused: 8-bit, float stereo at 96 kHz, 24-bit
        wav(src.resolve("sounds/Violin/one.wav"), tone(440, 1.0, 8000), 8000, 8, false, 1);
        wav(src.resolve("sounds/Violin/two.wav"), tone(660, 1.0, 96000), 96000, 32, true, 2);
        wav(src.resolve("sounds/Violin/three.wav"), tone(550, 1.0, 48000), 48000, 24, false, 1);
        jpeg(src.resolve("images/flute/c.jpg"), 0, 250, 0); // no flute sounds
        PrepareReport report = Preparer.prepare(PrepareConfig.defaults("inis").withSplit(0.34, 3), src, dir.resolve("store"), Progress.NONE);
        PairStore store = PairStore.open(dir.resolve("store"));
        assertEquals(6, store.size(), "two chunks from each of three sounds");
        assertEquals(Map.of("images", 1), report.unmatched());
        assertEquals(2, report.test(), "one sound file of three held out");
        byte[] img = new byte[64 * 64 * 3];
        store.image(0, img);
        boolean firstRed = (img[0] & 0xff) > 200;
        for (int i = 0; i < store.size(); i++) {
            assertEquals(Instrument.VIOLIN, store.instrument(i));
            store.image(i, img);
            boolean red = (img[0] & 0xff) > 200;
            assertEquals(store.split(i) == store.split(0) ? firstRed : !firstRed, red, "train and test use their own image");
        }
        float[] audio = new float[store.chunkSamples()];
        java.util.Set<Long> tones = new java.util.TreeSet<>();
        for (int i = 0; i < store.size(); i++) {
            store.audio(i, audio);
            tones.add(Math.round(toneHz(audio, 22050) / 10) * 10);
        }
        assertEquals(java.util.Set.of(440L, 550L, 660L), tones);
    }

    @Test
    void folderPairsEachPlayerWithTheVideosOwnSound() throws Exception {
        Path src = dir.resolve("videos");
        Files.createDirectories(src);
        float[] sound = tone(440, 2.0, 48000); // AAC loses its last frame: the fourth chunk is cut short
        java.util.Arrays.fill(sound, 24000, 48000, 0f); // silent second chunk
        TestVideos.write(src.resolve("duet.mp4"), 160, 90, 25, 50, k -> duet(), sound, 48000);
        TestVideos.write(src.resolve("other.mp4"), 32, 32, 25, 5, k -> TestVideos.solid(32, 32, 0, 0, 0), null, 0);
        Files.writeString(src.resolve("labels.csv"), "file,instrument,instrument2\nduet.mp4,violin,Double Bass\n");
        PrepareReport report = Preparer.prepare(PrepareConfig.defaults("folder"), src, dir.resolve("store"), Progress.NONE);
        assertEquals(Map.of("unlabelled-video", 1), report.unmatched());
        PairStore store = PairStore.open(dir.resolve("store"));
        assertEquals(4, store.size(), "two sounding chunks, two players each");
        assertEquals(Instrument.VIOLIN, store.instrument(0));
        assertEquals(Instrument.DOUBLE_BASS, store.instrument(1));
        assertEquals(1.0, store.info(3).timeSeconds(), 1e-9);
        byte[] img = new byte[64 * 64 * 3];
        store.image(0, img);
        assertTrue((img[0] & 0xff) > 200 && (img[2] & 0xff) < 50, "left player is red");
        store.image(1, img);
        assertTrue((img[2] & 0xff) > 200 && (img[0] & 0xff) < 50, "right player is blue");
    }

    /** Left half red, right half blue. */
    private static org.synesthesia.video.RgbFrame duet() {
        var f = TestVideos.solid(160, 90, 0, 0, 255);
        for (int y = 0; y < 90; y++) for (int x = 0; x < 80; x++) { f.rgb()[(y * 160 + x) * 3] = (byte) 255; f.rgb()[(y * 160 + x) * 3 + 2] = 0; }
        return f;
    }
}

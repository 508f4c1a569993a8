package org.synesthesia.prepare;

import static org.junit.jupiter.api.Assertions.*;
import static org.synesthesia.prepare.SourceFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.PairInfo;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;
import org.synesthesia.urmp.Piece;

class UrmpPrepareTest {

    @TempDir static Path data;
    @TempDir Path dir;
    static Path urmp;

    @BeforeAll
    static void writeDataset() throws Exception {
        urmp = data.resolve("urmp");
        urmpPiece(urmp, piece(1, "Jupiter", Instrument.VIOLIN, Instrument.CELLO), 2.0, new int[][] {{0, 1, 3}, {0, 1, 2, 3}}, true);
        urmpPiece(urmp, piece(2, "Sonata", Instrument.FLUTE), 1.0, new int[][] {{0}}, false);
        urmpPiece(urmp, piece(3, "Dance", Instrument.TRUMPET), 1.5, new int[][] {{0, 1, 2}}, true);
    }

    static PrepareConfig config() { return PrepareConfig.defaults("urmp").withSplit(0.34, 7); }

    @Test
    void pairsAgreeInTimeAcrossFrameChunkAndPose() throws Exception {
        PrepareReport report = Preparer.prepare(config(), urmp, dir.resolve("store"), Progress.NONE);
        PairStore store = PairStore.open(dir.resolve("store"));
        // silent chunks left out: track 1 of Jupiter by its notes (chunk 2), Sonata's flute by energy (chunk 1)
        assertEquals(3 + 4 + 1 + 3, store.size());
        assertEquals(store.size(), report.pairs());
        assertEquals(4.5, report.secondsOfPerformance(), 0.01);
        assertEquals(22050, store.manifest().sampleRate());
        assertEquals(11025, store.chunkSamples());
        assertEquals(64, store.imageSize());
        Map<String, Split> splitOfPiece = new HashMap<>();
        byte[] img = new byte[64 * 64 * 3];
        float[] audio = new float[11025];
        for (int i = 0; i < store.size(); i++) {
            PairInfo info = store.info(i);
            Piece piece = Piece.parseFolder(info.piece()).orElseThrow();
            assertEquals(piece.instrument(info.track()), store.instrument(i));
            int chunk = (int) Math.round(info.timeSeconds() / 0.5);
            assertEquals(chunk * 0.5, info.timeSeconds(), 1e-9);
            int frame = (int) Math.floor((info.timeSeconds() + 0.25) * URMP_FPS);
            store.image(i, img);
            assertEquals(frame, frameOf(img), "frame at the chunk centre, pair " + info);
            assertEquals(frame, info.frame());
            assertEquals(50 * info.track(), img[1] & 0xff, 3, "the player's own region, pair " + info);
            assertTrue(store.hasPose(i));
            assertEquals(frame, store.pose(i)[0] * 100, 0.01, "pose of the same frame, pair " + info);
            store.audio(i, audio);
            assertEquals(hz(info.track(), chunk), toneHz(audio, 22050), 5, "the chunk's own sound, pair " + info);
            assertEquals(piece.number() == 2 ? 0 : hz(info.track(), chunk), store.pitchHz(i), 1e-3);
            assertEquals(piece.number() != 2, store.onset(i));
            Split before = splitOfPiece.putIfAbsent(info.piece(), store.split(i));
            assertTrue(before == null || before == store.split(i), "a piece is never on both sides");
            assertEquals(info.split(), store.split(i));
        }
        assertEquals(Map.of(Split.TRAIN, 2L, Split.TEST, 1L),
                splitOfPiece.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting())));
        assertEquals(report.train() + report.test(), report.pairs());
    }

    @Test
    void resumesAfterAKillAndMakesTheSameStore() throws Exception {
        Path whole = dir.resolve("whole");
        Preparer.prepare(config().withThreads(1), urmp, whole, Progress.NONE);
        Path resumed = dir.resolve("resumed");
        Progress killAfterFirstPiece = (stage, done, total) -> { if (done == 1) throw new IllegalStateException("killed"); };
        assertThrows(IllegalStateException.class, () -> Preparer.prepare(config(), urmp, resumed, killAfterFirstPiece));
        assertFalse(Files.exists(resumed), "no half-written store");
        assertTrue(Files.exists(AtomicFiles.partialOf(resumed).resolve("progress.json")));
        int[] seen = {Integer.MAX_VALUE};
        Preparer.prepare(config(), urmp, resumed, (stage, done, total) -> seen[0] = (int) Math.min(seen[0], done));
        assertEquals(1, seen[0], "the first piece was not prepared again");
        for (String f : new String[] {"images.u8", "audio.s16", "labels.bin", "pairs.csv"}) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(resumed.resolve(f)), f);
        }
        assertFalse(Files.exists(AtomicFiles.partialOf(resumed)));
    }

    @Test
    void badTrackStopsWithItsNameOrIsSkipped() throws Exception {
        Path src = dir.resolve("src");
        Piece dance = urmpPiece(src, piece(3, "Dance", Instrument.TRUMPET), 1.0, new int[][] {{0, 1}}, true);
        urmpPiece(src, piece(4, "Duet", Instrument.OBOE, Instrument.HORN), 1.0, new int[][] {{0, 1}, {0}}, true);
        Path sep = dance.folder(src).resolve(dance.separatedName(1));
        byte[] bytes = Files.readAllBytes(sep);
        Files.write(sep, Arrays.copyOf(bytes, bytes.length / 2)); // truncated
        Path out = dir.resolve("store");
        BadInputException e = assertThrows(BadInputException.class, () -> Preparer.prepare(config(), src, out, Progress.NONE));
        assertTrue(e.getMessage().contains(dance.separatedName(1)), e.getMessage());
        assertFalse(Files.exists(out));

        PrepareReport report = Preparer.prepare(config().withSkipBad(true), src, out, Progress.NONE);
        assertEquals(3, report.pairs(), "the duet's pairs");
        assertEquals(1, report.skipped().size());
        assertTrue(report.skipped().get(0).file().endsWith(dance.separatedName(1)));
        assertEquals(report.skipped(), PairStore.open(out).manifest().skipped());
    }

    @Test
    void truncatedVideoAndMissingFolderAreNamed() throws Exception {
        BadInputException missing = assertThrows(BadInputException.class,
                () -> Preparer.prepare(config(), dir.resolve("nope"), dir.resolve("o"), Progress.NONE));
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());

        Path src = dir.resolve("src");
        Piece p = urmpPiece(src, piece(5, "Air", Instrument.VIOLA), 1.0, new int[][] {{0, 1}}, true);
        Path video = p.folder(src).resolve(p.videoName());
        byte[] bytes = Files.readAllBytes(video);
        Files.write(video, Arrays.copyOf(bytes, bytes.length / 2));
        BadInputException e = assertThrows(BadInputException.class, () -> Preparer.prepare(config(), src, dir.resolve("o"), Progress.NONE));
        assertTrue(e.getMessage().contains(p.videoName()), e.getMessage());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void aCropFileChoosesThePlayersBox() throws Exception {
        Path crop = dir.resolve("crop.csv");
        // track 2 of Jupiter framed on the left half, where track 1 sits
        Files.writeString(crop, CropBoxes.HEADER + "\n01_Jupiter_vn_vc,2,0,0,960,1080\n");
        Preparer.prepare(config().withCropFile(crop), urmp, dir.resolve("store"), Progress.NONE);
        PairStore store = PairStore.open(dir.resolve("store"));
        byte[] img = new byte[64 * 64 * 3];
        int checked = 0;
        for (int i = 0; i < store.size(); i++) {
            if (!store.info(i).piece().startsWith("01_") || store.info(i).track() != 2) continue;
            store.image(i, img);
            assertEquals(50, img[1] & 0xff, 3, "the left player's colour");
            assertEquals(store.info(i).frame(), frameOf(img));
            checked++;
        }
        assertEquals(4, checked);
        Files.writeString(crop, CropBoxes.HEADER + "\n01_Jupiter_vn_vc,2,1000,0,960,1080\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Preparer.prepare(config().withCropFile(crop), urmp, dir.resolve("o"), Progress.NONE));
        assertTrue(e.getMessage().contains("crop.csv"), e.getMessage());
    }
}

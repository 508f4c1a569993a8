package org.synesthesia.pairs;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;
import org.synesthesia.prepare.PrepareConfig;

class PairStoreTest {

    static final int S = 8;
    static final int CHUNK = 10;

    @TempDir Path dir;

    /** A pair whose image bytes and samples encode its number, so reads can be checked exactly. */
    static Pair pair(int n, Instrument inst, Split split, boolean pose) {
        byte[] img = new byte[S * S * 3];
        for (int k = 0; k < img.length; k++) img[k] = (byte) (n * 7 + k);
        short[] audio = new short[CHUNK];
        for (int k = 0; k < CHUNK; k++) audio[k] = (short) (n * 100 - k * 1000);
        return new Pair(img, audio, inst, split, pose ? new Pose(0.1, 0.2, 0.3, 1.0) : null, n == 0 ? 0f : 220f * n,
                n % 2 == 0, "piece,\"" + n / 3, 1 + n % 3, "AuSep_" + n + ".wav", n * 0.5);
    }

    static UnitSummary unit(String key, List<Pair> pairs) {
        return new UnitSummary(key, pairs.size(), pairs.size() * 0.5, List.of(), Map.of());
    }

    static PairManifest manifest(PairStoreWriter w) {
        PrepareConfig c = PrepareConfig.defaults("urmp").withImageSize(S);
        return new PairManifest(PairManifest.FORMAT_VERSION, "urmp", "/src", S, 20, 0.5, CHUNK, (int) w.count(),
                w.count(Split.TRAIN), w.count(Split.TEST), 1, 0.2, w.instrumentCounts(), 1.0, List.of(), Map.of(), c,
                PairManifest.CREATED_BY);
    }

    @Test
    void writesResumesAfterAKillAndReadsBackExactly() throws Exception {
        Path out = dir.resolve("store");
        List<Pair> a = List.of(pair(0, Instrument.VIOLIN, Split.TRAIN, true), pair(1, Instrument.CELLO, Split.TRAIN, false));
        List<Pair> b = List.of(pair(2, Instrument.TUBA, Split.TEST, true));
        PairStoreWriter first = PairStoreWriter.open(out, S, CHUNK, "settings-1");
        first.writeUnit(unit("a", a), a);
        first.close(); // killed here: unit a is recorded, nothing else
        // a half-written unit after the kill: bytes beyond the progress file must be dropped
        Files.write(AtomicFiles.partialOf(out).resolve(StoreFiles.IMAGES), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        assertFalse(Files.exists(out), "no store before commit");

        try (PairStoreWriter again = PairStoreWriter.open(out, S, CHUNK, "settings-1")) {
            assertTrue(again.isDone("a"));
            assertEquals(2, again.count());
            assertEquals(Map.of("vn", 1, "vc", 1), again.instrumentCounts());
            again.writeUnit(unit("b", b), b);
            again.commit(manifest(again));
        }
        assertFalse(Files.exists(AtomicFiles.partialOf(out)));

        PairStore store = PairStore.open(out);
        assertEquals(3, store.size());
        assertArrayEquals(new int[] {0, 1}, store.indices(Split.TRAIN));
        assertArrayEquals(new int[] {2}, store.indices(Split.TEST));
        for (int n = 0; n < 3; n++) {
            Pair p = n < 2 ? a.get(n) : b.get(0);
            byte[] img = new byte[S * S * 3];
            store.image(n, img);
            assertArrayEquals(p.image(), img);
            float[] audio = new float[CHUNK];
            store.audio(n, audio);
            for (int k = 0; k < CHUNK; k++) assertEquals(p.audio()[k] / 32768f, audio[k], 1e-7);
            assertEquals(p.instrument(), store.instrument(n));
            assertEquals(p.pitchHz(), store.pitchHz(n));
            assertEquals(p.onset(), store.onset(n));
            assertEquals(p.pose() != null, store.hasPose(n));
            PairInfo info = store.info(n);
            assertEquals(p.piece(), info.piece(), "quoted CSV field survives");
            assertEquals(p.track(), info.track());
            assertEquals(p.timeSeconds(), info.timeSeconds(), 1e-4);
        }
        assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f, 1f}, store.pose(0));
        assertTrue(Float.isNaN(store.pose(1)[0]));
        float[] chw = new float[3 * S * S];
        store.imageFloat(1, chw);
        byte[] hwc = new byte[S * S * 3];
        store.image(1, hwc);
        assertEquals((hwc[3 * 5 + 2] & 0xff) / 127.5f - 1f, chw[2 * S * S + 5], 1e-6, "channel 2 of pixel 5");
    }

    @Test
    void changedSettingsStartAfresh() throws Exception {
        Path out = dir.resolve("store");
        List<Pair> a = List.of(pair(0, Instrument.VIOLIN, Split.TRAIN, true));
        try (PairStoreWriter w = PairStoreWriter.open(out, S, CHUNK, "settings-1")) { w.writeUnit(unit("a", a), a); }
        try (PairStoreWriter w = PairStoreWriter.open(out, S, CHUNK, "settings-2")) {
            assertFalse(w.isDone("a"));
            assertEquals(0, w.count());
        }
    }

    @Test
    void refusesAnExistingOutputAndATruncatedStore() throws Exception {
        Path out = dir.resolve("store");
        List<Pair> a = List.of(pair(0, Instrument.VIOLIN, Split.TRAIN, true));
        try (PairStoreWriter w = PairStoreWriter.open(out, S, CHUNK, "s")) {
            w.writeUnit(unit("a", a), a);
            w.commit(manifest(w));
        }
        assertThrows(BadInputException.class, () -> PairStoreWriter.open(out, S, CHUNK, "s"));
        Path audio = out.resolve(StoreFiles.AUDIO);
        Files.write(audio, java.util.Arrays.copyOf(Files.readAllBytes(audio), 7));
        BadInputException e = assertThrows(BadInputException.class, () -> PairStore.open(out));
        assertTrue(e.getMessage().contains("audio.s16"), e.getMessage());
    }

    @Test
    void iteratorShufflesPerEpochAndCoversTheSplit() throws Exception {
        Path out = dir.resolve("store");
        List<Pair> pairs = new ArrayList<>();
        for (int n = 0; n < 7; n++) pairs.add(pair(n, Instrument.ofIndex(n), n == 3 ? Split.TEST : Split.TRAIN, true));
        try (PairStoreWriter w = PairStoreWriter.open(out, S, CHUNK, "s")) {
            w.writeUnit(unit("u", pairs), pairs);
            w.commit(manifest(w));
        }
        PairStore store = PairStore.open(out);
        PairDataSetIterator it = PairDataSetIterator.images(store, Split.TRAIN, 4, 42);
        List<Integer> epoch1 = classesOfEpoch(it);
        it.reset();
        List<Integer> epoch2 = classesOfEpoch(it);
        assertEquals(List.of(0, 1, 2, 4, 5, 6), epoch1.stream().sorted().toList());
        assertEquals(List.of(0, 1, 2, 4, 5, 6), epoch2.stream().sorted().toList());
        assertNotEquals(epoch1, epoch2, "a new order each epoch");
        PairDataSetIterator same = PairDataSetIterator.images(store, Split.TRAIN, 4, 42);
        assertEquals(epoch1, classesOfEpoch(same), "same seed, same order");
    }

    private static List<Integer> classesOfEpoch(PairDataSetIterator it) {
        List<Integer> classes = new ArrayList<>();
        while (it.hasNext()) {
            DataSet ds = it.next();
            assertArrayEquals(new long[] {ds.numExamples(), 3, S, S}, ds.getFeatures().shape());
            for (int r = 0; r < ds.numExamples(); r++) classes.add(ds.getLabels().getRow(r).argMax().getInt(0));
        }
        return classes;
    }
}

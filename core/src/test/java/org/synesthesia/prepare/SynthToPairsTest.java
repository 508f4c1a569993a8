package org.synesthesia.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.instrument.Pose;
import org.synesthesia.pairs.PairInfo;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.progress.Progress;
import org.synesthesia.synth.DatasetSynthesizer;
import org.synesthesia.synth.SynthConfig;
import org.synesthesia.urmp.Note;
import org.synesthesia.urmp.Piece;
import org.synesthesia.urmp.UrmpText;
import org.synesthesia.video.VideoWriter;

/**
 * The built-in generator and the URMP preparation, end to end: every pair's frame, sound chunk,
 * pose and pitch label come from the same moment of the same track.
 */
class SynthToPairsTest {

    @TempDir
    static Path shared;
    private static Path urmp;

    /** One tiny synthesized dataset for every test here: synthesizing is the slow part. */
    @org.junit.jupiter.api.BeforeAll
    static void synthesize() throws Exception {
        urmp = shared.resolve("urmp");
        DatasetSynthesizer.synthesize(SynthConfig.preset("tiny", 11), urmp, Progress.NONE);
    }

    @Test
    void framesChunksPosesAndPitchesAgreeInTime(@TempDir Path dir) throws Exception {
        PrepareConfig config = PrepareConfig.defaults("urmp");
        Preparer.prepare(config, urmp, dir.resolve("pairs"), Progress.NONE);
        PairStore store = PairStore.open(dir.resolve("pairs"));
        assertTrue(store.size() > 50, "pairs: " + store.size());

        double fps = (double) VideoWriter.FPS_NUM / VideoWriter.FPS_DEN;
        int rate = store.manifest().sampleRate();
        int n = store.chunkSamples();
        Map<String, float[]> tracks = new HashMap<>();
        Map<String, List<UrmpText.PoseFrame>> poses = new HashMap<>();
        Map<String, List<Note>> notes = new HashMap<>();
        float[] chunk = new float[n];
        for (int i = 0; i < store.size(); i++) {
            PairInfo info = store.info(i);
            Piece piece = Piece.parseFolder(info.piece()).orElseThrow();
            Path folder = urmp.resolve(info.piece());
            String key = info.piece() + "/" + info.track();
            float[] track = tracks.computeIfAbsent(key, k -> AudioFiles.readMono(folder.resolve(piece.separatedName(info.track())), rate));
            List<UrmpText.PoseFrame> trackPoses = poses.computeIfAbsent(key, k -> read(() -> UrmpText.readPoses(folder.resolve(piece.poseName(info.track())))));
            List<Note> trackNotes = notes.computeIfAbsent(key, k -> read(() -> UrmpText.readNotes(folder.resolve(piece.notesName(info.track())))));
            assertEquals(piece.instrument(info.track()), store.instrument(i), "instrument of pair " + i);

            // the image is the frame on screen at the chunk's centre
            double centre = info.timeSeconds() + n / 2.0 / rate;
            assertEquals((int) Math.floor(centre * fps + 1e-9), info.frame(), "frame of pair " + i);

            // the pose label is the one the renderer drew in that frame
            UrmpText.PoseFrame drawn = trackPoses.get(info.frame());
            assertEquals(info.frame(), drawn.frame());
            float[] expected = drawn.pose().toArray();
            float[] stored = store.pose(i);
            for (int k = 0; k < Pose.SIZE; k++) assertEquals(expected[k], stored[k], 1e-4, Pose.NAMES[k] + " of pair " + i);

            // the chunk is the track's sound from the chunk's start
            store.audio(i, chunk);
            int start = (int) Math.round(info.timeSeconds() * rate);
            double dot = 0, a = 0, b = 0;
            for (int k = 0; k < n && start + k < track.length; k++) {
                dot += chunk[k] * track[start + k];
                a += chunk[k] * chunk[k];
                b += track[start + k] * (double) track[start + k];
            }
            assertTrue(dot / Math.sqrt(a * b + 1e-20) > 0.999, "chunk of pair " + i + " is not the track at " + info.timeSeconds() + " s");

            // the pitch label is the note sounding at the centre, else one sounding in the chunk
            double t0 = info.timeSeconds(), t1 = t0 + (double) n / rate;
            double atCentre = trackNotes.stream().filter(note -> note.sounds(centre)).mapToDouble(Note::pitchHz).findFirst().orElse(0);
            float label = store.pitchHz(i);
            if (atCentre > 0) {
                assertEquals(atCentre, label, 0.5, "pitch of pair " + i);
            } else {
                assertTrue(trackNotes.stream().anyMatch(note -> note.onset() < t1 && note.end() > t0 && Math.abs(note.pitchHz() - label) < 0.5),
                        "pitch " + label + " of pair " + i + " is no note in its chunk");
            }
        }
    }

    @Test
    void theSynthesizersPlayerBoxesCropThePairsImages(@TempDir Path dir) throws Exception {
        List<String> rows = java.nio.file.Files.readAllLines(urmp.resolve(CropBoxes.FILE));
        assertEquals(CropBoxes.HEADER, rows.get(0));
        int tracks = 0;
        try (var pieces = java.nio.file.Files.list(urmp)) {
            for (Path p : pieces.filter(java.nio.file.Files::isDirectory).toList()) tracks += Piece.parseFolder(p.getFileName().toString()).orElseThrow().tracks();
        }
        assertEquals(tracks, rows.size() - 1, "one box per track");

        // by default the shipped boxes crop the images; an empty crop file gives URMP's equal-width regions
        Preparer.prepare(PrepareConfig.defaults("urmp"), urmp, dir.resolve("boxed"), Progress.NONE);
        Path none = java.nio.file.Files.writeString(dir.resolve("none.csv"), CropBoxes.HEADER + "\n");
        Preparer.prepare(PrepareConfig.defaults("urmp").withCropFile(none), urmp, dir.resolve("regions"), Progress.NONE);
        PairStore boxed = PairStore.open(dir.resolve("boxed"));
        PairStore regions = PairStore.open(dir.resolve("regions"));
        assertEquals(regions.size(), boxed.size());
        byte[] a = new byte[3 * 64 * 64];
        byte[] b = new byte[a.length];
        int differ = 0;
        for (int i = 0; i < boxed.size(); i++) {
            boxed.image(i, a);
            regions.image(i, b);
            if (!java.util.Arrays.equals(a, b)) differ++;
        }
        assertEquals(boxed.size(), differ, "every image cropped by its player's box");
    }

    private interface Read<T> { T get() throws Exception; }

    private static <T> T read(Read<T> r) {
        try {
            return r.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

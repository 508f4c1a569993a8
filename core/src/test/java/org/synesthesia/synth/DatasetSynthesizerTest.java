package org.synesthesia.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.progress.Progress;
import org.synesthesia.urmp.Note;
import org.synesthesia.urmp.Piece;
import org.synesthesia.urmp.UrmpText;
import org.synesthesia.video.VideoWriter;
import org.synesthesia.video.VideoWriterProbe;

/** The tiny preset, made once: the files, their formats, resuming, and refusing a foreign dataset. */
class DatasetSynthesizerTest {

    @TempDir static Path root;
    static Path out;
    static SynthConfig config;
    static SynthReport report;
    static List<Piece> pieces;

    @BeforeAll
    static void synthesizeTiny() throws IOException {
        out = root.resolve("tiny");
        config = SynthConfig.preset("tiny", 7);
        report = DatasetSynthesizer.synthesize(config, out, Progress.NONE);
        pieces = SynthPlan.of(config).stream().map(SynthPlan.PlannedPiece::piece).toList();
    }

    @Test
    void everyInstrumentSoloPlusADuetAndATrio() {
        assertEquals(15, report.pieces());
        assertEquals(15, report.piecesMade());
        assertEquals(Set.of(Instrument.values()), Set.copyOf(pieces.stream().flatMap(p -> p.instruments().stream()).toList()));
        assertEquals(List.of(Instrument.VIOLIN, Instrument.CELLO), pieces.get(13).instruments());
        assertEquals(3, pieces.get(14).tracks());
        for (Instrument i : Instrument.values()) assertTrue(report.secondsPerInstrument().get(i.code()) > 2, i.code());
        assertTrue(report.timesRealTime() > 0);
    }

    @Test
    void writesExactlyUrmpsFilesPerPiece() throws IOException {
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> s = Files.list(out)) { s.forEach(p -> folders.add(p.getFileName().toString())); }
        Set<String> expected = new TreeSet<>(Set.of(DatasetSynthesizer.MANIFEST, org.synesthesia.prepare.CropBoxes.FILE));
        for (Piece p : pieces) expected.add(p.folderName());
        assertEquals(expected, folders, "no partial folders, nothing else");
        for (Piece p : pieces) {
            Set<String> files = new TreeSet<>();
            try (Stream<Path> s = Files.list(p.folder(out))) { s.forEach(f -> files.add(f.getFileName().toString())); }
            Set<String> want = new TreeSet<>(Set.of(p.videoName(), p.mixName()));
            for (int t = 1; t <= p.tracks(); t++) want.addAll(List.of(p.separatedName(t), p.notesName(t), p.f0Name(t), p.poseName(t)));
            assertEquals(want, files, p.folderName());
            assertEquals(p, Piece.parseFolder(p.folderName()).orElseThrow());
        }
        assertTrue(folders.contains("14_" + pieces.get(13).title() + "_vn_vc"));
        assertTrue(Files.exists(out.resolve("01_" + pieces.get(0).title() + "_vn/AuSep_1_vn_01_" + pieces.get(0).title() + ".wav")));
    }

    @Test
    void wavsAre48kMono24BitAndNotSilent() throws Exception {
        for (Piece p : pieces) {
            for (int t = 0; t <= p.tracks(); t++) {
                Path wav = p.folder(out).resolve(t == 0 ? p.mixName() : p.separatedName(t));
                try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                    AudioFormat f = in.getFormat();
                    assertEquals(48_000f, f.getSampleRate(), wav.toString());
                    assertEquals(1, f.getChannels());
                    assertEquals(24, f.getSampleSizeInBits());
                    byte[] bytes = in.readAllBytes();
                    double sum = 0;
                    int peak = 0;
                    for (int i = 0; i + 2 < bytes.length; i += 3) {
                        int v = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | bytes[i + 2] << 16;
                        peak = Math.max(peak, Math.abs(v));
                        sum += (double) v * v;
                    }
                    double rms = Math.sqrt(sum / (bytes.length / 3)) / 8388607.0;
                    assertTrue(rms > 0.01, wav + " rms " + rms);
                    assertEquals(PieceWriter.PEAK, peak / 8388607.0, 0.001, wav + " is normalized");
                }
            }
        }
    }

    @Test
    void notesLieInTheInstrumentsRangeAndMatchF0sAndPoses() throws IOException {
        for (Piece p : pieces) {
            for (int t = 1; t <= p.tracks(); t++) {
                Instrument instrument = p.instrument(t);
                List<Note> notes = UrmpText.readNotes(p.folder(out).resolve(p.notesName(t)));
                assertFalse(notes.isEmpty());
                for (Note n : notes) {
                    assertEquals(Math.round(n.midi()), n.midi(), 1e-3, "tuned to the keys");
                    assertTrue(n.midi() >= instrument.lowestMidi() - 1e-3 && n.midi() <= instrument.highestMidi() + 1e-3, instrument + " " + n);
                }
                var f0s = UrmpText.readF0s(p.folder(out).resolve(p.f0Name(t)));
                assertTrue(f0s.stream().anyMatch(f -> f.hz() == 0) && f0s.stream().anyMatch(f -> f.hz() > 0));
                var poses = UrmpText.readPoses(p.folder(out).resolve(p.poseName(t)));
                assertEquals(0, poses.get(0).frame());
                assertEquals(VideoWriter.frameTime(10), poses.get(10).time(), 1e-6);
            }
        }
    }

    @Test
    void videosDecodeWithTheRightSizeRateSoundAndLength() throws Exception {
        for (Piece p : List.of(pieces.get(0), pieces.get(13), pieces.get(14))) {
            VideoWriterProbe v = VideoWriterProbe.of(p.folder(out).resolve(p.videoName()));
            assertEquals(config.width(), v.width());
            assertEquals(config.height(), v.height());
            assertEquals(29.97, v.frameRate(), 0.01);
            assertEquals("h264", v.videoCodec());
            assertEquals("aac", v.audioCodec());
            assertEquals(48_000, v.sampleRate());
            try (AudioInputStream mix = AudioSystem.getAudioInputStream(p.folder(out).resolve(p.mixName()).toFile())) {
                double audio = mix.getFrameLength() / 48_000.0;
                assertEquals(audio, v.audioSeconds(), 0.05, p.folderName());
                assertEquals(audio, v.videoSeconds(), 1.0 / 29.97 + 1e-6, p.folderName());
            }
            int poseRows = UrmpText.readPoses(p.folder(out).resolve(p.poseName(1))).size();
            assertEquals(poseRows, v.videoFrames(), "one pose row per video frame");
        }
    }

    @Test
    void manifestHoldsConfigAndReport() throws IOException {
        DatasetSynthesizer.Manifest m = Json.readFile(out.resolve(DatasetSynthesizer.MANIFEST), DatasetSynthesizer.Manifest.class);
        assertEquals(config, m.config());
        assertNotNull(m.report());
        assertEquals(15, m.report().pieces());
    }

    @Test
    void killedRunResumesAndRemakesTheSameFiles() throws IOException {
        Piece duet = pieces.get(13);
        Path folder = duet.folder(out);
        Map<String, byte[]> before = new HashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) if (!f.toString().endsWith(".mp4")) before.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        long mp4Size = Files.size(folder.resolve(duet.videoName()));
        // What a kill leaves: the finished folder gone, a half-written partial one in its place.
        org.synesthesia.io.AtomicFiles.deleteTree(folder);
        Path partial = org.synesthesia.io.AtomicFiles.partialOf(folder);
        Files.createDirectories(partial);
        Files.writeString(partial.resolve(duet.mixName()), "half");

        SynthReport again = DatasetSynthesizer.synthesize(config, out, Progress.NONE);
        assertEquals(1, again.piecesMade());
        assertFalse(Files.exists(partial));
        for (var e : before.entrySet()) assertArrayEquals(e.getValue(), Files.readAllBytes(folder.resolve(e.getKey())), e.getKey());
        assertEquals(mp4Size, Files.size(folder.resolve(duet.videoName())));
    }

    @Test
    void refusesAFolderMadeWithAnotherSeed() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> DatasetSynthesizer.synthesize(SynthConfig.preset("tiny", 8), out, Progress.NONE));
        assertTrue(e.getMessage().contains("synth.json"), e.getMessage());
    }

    @Test
    void refusesAFolderMadeWithOtherPoses() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> DatasetSynthesizer.synthesize(config.withPoses(SynthConfig.Poses.DRAWN), out, Progress.NONE));
        assertTrue(e.getMessage().contains("synth.json"), e.getMessage());
    }

    @Test
    void aManifestWrittenBeforePosesCouldBeDrawnReadsAsPlayed() throws IOException {
        String json = Files.readString(out.resolve(DatasetSynthesizer.MANIFEST)).replaceAll(",\\s*\"poses\"\\s*:\\s*\"PLAYED\"", "");
        assertFalse(json.contains("poses"), json);
        DatasetSynthesizer.Manifest m = Json.read(json, DatasetSynthesizer.Manifest.class);
        assertEquals(SynthConfig.Poses.PLAYED, m.config().poses());
        assertTrue(m.config().sameOutput(config));
    }

    @Test
    void drawnPosesKeepTheSoundAndMoveThePlayerAnyWay(@TempDir Path drawn) throws IOException {
        SynthPlan.PlannedPiece duet = SynthPlan.of(config).get(13);
        SoundfontRenderer fluid = SoundfontRenderer.load(SynthConfig.FLUID_R3);
        new PieceWriter(n -> fluid, config.width(), config.height(), SynthConfig.Poses.DRAWN).write(duet, drawn);
        Piece p = duet.piece();
        Path played = p.folder(out);
        assertArrayEquals(Files.readAllBytes(played.resolve(p.separatedName(1))), Files.readAllBytes(drawn.resolve(p.separatedName(1))), "the same sound");
        for (int t = 1; t <= p.tracks(); t++) {
            var was = UrmpText.readPoses(played.resolve(p.poseName(t)));
            var now = UrmpText.readPoses(drawn.resolve(p.poseName(t)));
            assertEquals(was.size(), now.size(), "a pose per video frame");
            double apart = 0;
            for (int k = 0; k < now.size(); k++) apart += Math.abs(now.get(k).pose().hand() - was.get(k).pose().hand());
            assertTrue(apart / now.size() > 0.1, "track " + t + ": the drawn hand follows the notes (mean difference " + apart / now.size() + ")");
        }
        assertTrue(Files.size(drawn.resolve(p.videoName())) > 0);
    }

    @Test
    void anotherSeedGivesOtherNotesTheSameSeedTheSameNotes() {
        var a = SynthPlan.of(config);
        var b = SynthPlan.of(SynthConfig.preset("tiny", 7));
        var c = SynthPlan.of(SynthConfig.preset("tiny", 8));
        assertEquals(a, b);
        for (int i = 0; i < a.size(); i++) {
            assertFalse(a.get(i).score().parts().get(0).notes().equals(c.get(i).score().parts().get(0).notes()), "piece " + (i + 1));
        }
    }

    @Test
    void anotherSoundfontKeepsTheNotes() {
        var fluid = SynthPlan.of(config);
        var tim = SynthPlan.of(config.withSoundfonts(java.util.List.of(Path.of("/usr/share/sounds/sf2/TimGM6mb.sf2"))));
        assertEquals(fluid, tim);
    }
}

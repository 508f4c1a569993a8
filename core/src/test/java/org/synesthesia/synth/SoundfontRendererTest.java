package org.synesthesia.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.progress.Progress;

class SoundfontRendererTest {

    @TempDir Path dir;

    @Test
    void missingSoundfontIsNamedAndNothingIsWritten() {
        Path missing = dir.resolve("nowhere/Missing.sf2");
        Path out = dir.resolve("out");
        SynthConfig config = SynthConfig.preset("tiny", 1).withSoundfonts(java.util.List.of(missing));
        BadInputException e = assertThrows(BadInputException.class, () -> DatasetSynthesizer.synthesize(config, out, Progress.NONE));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(out), "no half-written dataset");
    }

    @Test
    void aFileThatIsNoSoundfontIsNamed() throws Exception {
        Path junk = dir.resolve("junk.sf2");
        Files.writeString(junk, "this is not a RIFF sfbk file");
        BadInputException e = assertThrows(BadInputException.class, () -> SoundfontRenderer.load(junk));
        assertTrue(e.getMessage().startsWith(junk.toString()), e.getMessage());
    }

    @Test
    void rendersTheNotesWhereTheyAreAndSilenceElsewhere() {
        SoundfontRenderer sound = SoundfontRenderer.load(Path.of("/usr/share/sounds/sf2/TimGM6mb.sf2"));
        Part part = new Part(Instrument.CLARINET, List.of(new PlayedNote(69, 0.5, 0.5, 100)), List.of(new Phrase(0.5, 1.0, 100, 110)));
        float[] a = sound.render(part, 2.0);
        assertEquals(96_000, a.length);
        assertEquals(0.0, rms(a, 0, 20_000), 1e-6, "silent before the onset");
        assertTrue(rms(a, 26_000, 46_000) > 0.01, "sounds during the note");
        assertTrue(rms(a, 86_000, 96_000) < rms(a, 26_000, 46_000) / 20, "decays after the note");
        // A4 = 440 Hz: the strongest autocorrelation lag in the sustained part (109 samples).
        int bestLag = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int lag = 48; lag <= 480; lag++) {
            double c = 0;
            for (int i = 30_000; i < 40_000; i++) c += a[i] * a[i + lag];
            if (c > best) { best = c; bestLag = lag; }
        }
        assertEquals(440, 48_000.0 / bestLag, 10, "pitch from autocorrelation");
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, sound.render(part, 2.0), "same notes, same samples");
    }

    @Test
    void phraseDynamicsAndVelocityReachTheSound() {
        SoundfontRenderer sound = SoundfontRenderer.load(Path.of("/usr/share/sounds/sf2/TimGM6mb.sf2"));
        Part soft = new Part(Instrument.VIOLA, List.of(new PlayedNote(60, 0.1, 0.8, 40)), List.of(new Phrase(0.1, 0.9, 30, 35)));
        Part loud = new Part(Instrument.VIOLA, List.of(new PlayedNote(60, 0.1, 0.8, 120)), List.of(new Phrase(0.1, 0.9, 110, 127)));
        double quiet = rms(sound.render(soft, 1.0), 10_000, 40_000);
        double strong = rms(sound.render(loud, 1.0), 10_000, 40_000);
        assertTrue(strong > 3 * quiet, "forte " + strong + " vs piano " + quiet);
    }

    private static double rms(float[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += a[i] * a[i];
        return Math.sqrt(s / (to - from));
    }
}

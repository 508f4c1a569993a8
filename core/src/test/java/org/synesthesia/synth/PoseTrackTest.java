package org.synesthesia.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

class PoseTrackTest {

    /** Four rising notes, then a 4 s rest, then a short rest and two more notes. */
    private static Part part(Instrument instrument) {
        int low = instrument.lowestMidi();
        return new Part(instrument, List.of(
                new PlayedNote(low + 2, 0.5, 0.4, 80),
                new PlayedNote(low + 6, 1.0, 0.4, 80),
                new PlayedNote(low + 11, 1.5, 0.4, 80),
                new PlayedNote(low + 17, 2.0, 0.9, 80),
                new PlayedNote(low + 14, 7.0, 0.5, 80),
                new PlayedNote(low + 12, 8.0, 0.5, 80)),
                List.of(new Phrase(0.5, 2.9, 60, 90), new Phrase(7.0, 8.5, 60, 90)));
    }

    @Test
    void bowReversesAtEveryOnsetAndStaysInsideTheBow() {
        PoseTrack track = new PoseTrack(part(Instrument.CELLO));
        List<PlayedNote> notes = part(Instrument.CELLO).notes();
        double previous = 0;
        for (PlayedNote n : notes) {
            double stroke = track.at(n.end() - 0.01).bow() - track.at(n.onset() + 0.01).bow();
            assertTrue(Math.abs(stroke) > 0.05, "the bow moves during the note at " + n.onset() + ": " + stroke);
            assertTrue(stroke * previous <= 0, "the bow turns at " + n.onset());
            assertEquals(track.at(n.onset() - 0.001).bow(), track.at(n.onset()).bow(), 0.01, "no jump at " + n.onset());
            previous = stroke;
        }
        for (double t = 0; t < 9; t += 0.01) {
            double bow = track.at(t).bow();
            assertTrue(bow >= 0.05 - 1e-9 && bow <= 0.95 + 1e-9, "bow " + bow + " at " + t);
        }
        assertEquals(track.at(4.0).bow(), track.at(5.0).bow(), 1e-12, "the bow rests in a rest");
    }

    @Test
    void windsKeepTheBowStill() {
        PoseTrack track = new PoseTrack(part(Instrument.OBOE));
        for (double t = 0; t < 9; t += 0.1) assertEquals(0.5, track.at(t).bow(), 1e-12);
    }

    @Test
    void handRisesWithPitchForEveryInstrumentIncludingTheTromboneSlide() {
        for (Instrument instrument : Instrument.values()) {
            PoseTrack track = new PoseTrack(part(instrument));
            double h1 = track.at(0.8).hand();
            double h2 = track.at(1.3).hand();
            double h3 = track.at(1.8).hand();
            double h4 = track.at(2.5).hand();
            assertTrue(h1 < h2 && h2 < h3 && h3 < h4, instrument + ": " + h1 + " " + h2 + " " + h3 + " " + h4);
            assertTrue(track.at(7.3).hand() > track.at(8.3).hand(), instrument + ": lower note, lower hand");
        }
    }

    @Test
    void fingersChangeWithPitch() {
        for (Instrument instrument : Instrument.values()) {
            PoseTrack track = new PoseTrack(part(instrument));
            assertNotEquals(track.at(0.8).fingers(), track.at(1.3).fingers(), instrument.toString());
        }
    }

    @Test
    void instrumentIsLoweredInLongRestsOnly() {
        PoseTrack track = new PoseTrack(part(Instrument.TRUMPET));
        assertEquals(1.0, track.at(0.0).raised(), 1e-12, "ready before a short lead-in");
        assertEquals(1.0, track.at(1.45).raised(), 1e-12, "short gaps keep it up");
        assertEquals(1.0, track.at(2.5).raised(), 1e-12, "up while playing");
        assertEquals(0.0, track.at(5.0).raised(), 1e-12, "down in the middle of a 4 s rest");
        double falling = track.at(3.2).raised();
        assertTrue(falling > 0 && falling < 1, "eases down, " + falling);
        assertEquals(1.0, track.at(6.9).raised(), 1e-12, "back up just before the next onset");
        assertEquals(1.0, track.at(7.9).raised(), 1e-12, "a 0.5 s rest keeps it up");
        assertEquals(0.0, track.at(12.0).raised(), 1e-12, "lowered after the last note");
    }

    @Test
    void isAPureFunctionOfTime() {
        PoseTrack a = new PoseTrack(part(Instrument.VIOLIN));
        PoseTrack b = new PoseTrack(part(Instrument.VIOLIN));
        double[] times = {6.0, 0.2, 1.7, 1.7, 8.2, 0.0};
        for (double t : times) {
            Pose p = a.at(t);
            assertEquals(p, a.at(t));
            assertEquals(p, b.at(t));
        }
    }
}

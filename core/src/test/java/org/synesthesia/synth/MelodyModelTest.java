package org.synesthesia.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.urmp.Piece;

class MelodyModelTest {

    @Test
    void sameSeedSameScoreOtherSeedOtherNotes() {
        Piece piece = new Piece(3, "Aria", List.of(Instrument.VIOLIN, Instrument.CELLO));
        assertEquals(MelodyModel.compose(piece, 20, 42), MelodyModel.compose(piece, 20, 42));
        assertNotEquals(MelodyModel.compose(piece, 20, 42).parts().get(0).notes(),
                MelodyModel.compose(piece, 20, 43).parts().get(0).notes());
    }

    @Test
    void everyInstrumentPlaysInItsRangeWithRestsAndChangingDynamics() {
        for (Instrument instrument : Instrument.values()) {
            for (long seed = 0; seed < 5; seed++) {
                Score score = MelodyModel.compose(new Piece(1, "Etude", List.of(instrument)), 60, seed);
                Part part = score.parts().get(0);
                Set<Integer> keys = new HashSet<>();
                Set<Integer> velocities = new HashSet<>();
                int rests = 0;
                PlayedNote previous = null;
                for (PlayedNote n : part.notes()) {
                    assertTrue(n.midi() >= instrument.lowestMidi() && n.midi() <= instrument.highestMidi(), instrument + " plays " + n.midi());
                    keys.add(n.midi());
                    velocities.add(n.velocity());
                    if (previous != null && n.onset() - previous.end() > 0.2) rests++;
                    previous = n;
                }
                assertTrue(keys.size() >= 5, instrument + " uses " + keys.size() + " keys");
                assertTrue(velocities.size() >= 5, instrument + " uses " + velocities.size() + " velocities");
                assertTrue(rests >= 2, instrument + " rests " + rests + " times");
                assertTrue(part.phrases().size() >= 2);
                assertTrue(score.seconds() > 45 && score.seconds() < 80, "about the target length: " + score.seconds());
            }
        }
    }

    @Test
    void longRestsHappen() {
        int longRests = 0;
        for (long seed = 0; seed < 10; seed++) {
            Part part = MelodyModel.compose(new Piece(1, "Etude", List.of(Instrument.HORN)), 90, seed).parts().get(0);
            for (int i = 1; i < part.notes().size(); i++) {
                if (part.notes().get(i).onset() - part.notes().get(i - 1).end() > PoseTrack.LONG_REST_SECONDS) longRests++;
            }
        }
        assertTrue(longRests >= 3, "long rests in 15 minutes of horn: " + longRests);
    }

    @Test
    void f0sFollowTheNotesAndAreZeroInRests() {
        Part part = MelodyModel.compose(new Piece(1, "Air", List.of(Instrument.FLUTE)), 10, 5).parts().get(0);
        PlayedNote first = part.notes().get(0);
        var f0s = part.f0s(0.01, 12);
        assertEquals(1201, f0s.size());
        assertEquals(0.0, f0s.get(0).hz());
        int inFirst = (int) Math.ceil((first.onset() + 0.001) / 0.01);
        assertEquals(first.toNote().pitchHz(), f0s.get(inFirst).hz(), 1e-9);
        assertEquals(0.0, f0s.get(1199).hz(), "silent after the last note");
    }
}

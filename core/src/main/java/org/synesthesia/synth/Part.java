package org.synesthesia.synth;

import java.util.List;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.urmp.Note;
import org.synesthesia.urmp.UrmpText;

/** One player's line in a piece: the instrument, its notes in time order, and its phrases. */
public record Part(Instrument instrument, List<PlayedNote> notes, List<Phrase> phrases) {

    public Part {
        notes = List.copyOf(notes);
        phrases = List.copyOf(phrases);
        if (notes.isEmpty()) throw new IllegalArgumentException("a part has at least one note");
        for (int i = 1; i < notes.size(); i++) {
            if (notes.get(i).onset() < notes.get(i - 1).end() - 1e-9) throw new IllegalArgumentException("notes of a part must not overlap (note " + i + ")");
        }
    }

    /** The notes as URMP's Notes file lists them. */
    public List<Note> urmpNotes() { return notes.stream().map(PlayedNote::toNote).toList(); }

    /** The end of the last note, in seconds. */
    public double end() { return notes.get(notes.size() - 1).end(); }

    /**
     * F0 track from the notes, one row every {@code hop} seconds from 0 to {@code seconds}: the
     * note's pitch while it sounds, 0 otherwise (URMP's F0s mark unvoiced frames with 0).
     */
    public List<UrmpText.F0> f0s(double hop, double seconds) {
        int rows = (int) Math.floor(seconds / hop) + 1;
        UrmpText.F0[] out = new UrmpText.F0[rows];
        int n = 0;
        for (int k = 0; k < rows; k++) {
            double t = k * hop;
            while (n < notes.size() && notes.get(n).end() <= t) n++;
            boolean voiced = n < notes.size() && notes.get(n).onset() <= t;
            out[k] = new UrmpText.F0(t, voiced ? Note.hzOfMidi(notes.get(n).midi()) : 0.0);
        }
        return List.of(out);
    }
}

package org.synesthesia.synth;

import org.synesthesia.urmp.Note;

/**
 * One note as the synthesizer plays it: the MIDI key, when it sounds, and how hard it is struck.
 *
 * @param midi     MIDI key number (69 = A4)
 * @param onset    start in seconds from the start of the recording
 * @param duration sounding length in seconds
 * @param velocity MIDI velocity, 1..127
 */
public record PlayedNote(int midi, double onset, double duration, int velocity) {

    public PlayedNote {
        if (midi < 0 || midi > 127) throw new IllegalArgumentException("midi key must be 0..127: " + midi);
        if (velocity < 1 || velocity > 127) throw new IllegalArgumentException("velocity must be 1..127: " + velocity);
        if (!(onset >= 0) || !(duration > 0)) throw new IllegalArgumentException("note needs onset >= 0 and duration > 0: " + onset + " " + duration);
    }

    public double end() { return onset + duration; }

    /** The note as URMP's Notes file lists it. */
    public Note toNote() { return new Note(onset, Note.hzOfMidi(midi), duration); }
}

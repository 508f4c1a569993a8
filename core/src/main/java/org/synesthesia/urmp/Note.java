package org.synesthesia.urmp;

/**
 * One note as URMP's {@code Notes_*.txt} lists it.
 *
 * @param onset    start time in seconds
 * @param pitchHz  fundamental frequency in Hz
 * @param duration length in seconds
 */
public record Note(double onset, double pitchHz, double duration) {

    public Note {
        if (!(onset >= 0) || !(pitchHz > 0) || !(duration > 0)) {
            throw new IllegalArgumentException("note needs onset >= 0, pitch > 0 and duration > 0: " + onset + " " + pitchHz + " " + duration);
        }
    }

    public double end() { return onset + duration; }

    /** MIDI note number (69 = A4 = 440 Hz), fractional. */
    public double midi() { return midiOfHz(pitchHz); }

    /** MIDI note number of a frequency in Hz, fractional. */
    public static double midiOfHz(double hz) { return 69 + 12 * Math.log(hz / 440.0) / Math.log(2); }

    public static double hzOfMidi(double midi) { return 440.0 * Math.pow(2, (midi - 69) / 12.0); }

    public boolean sounds(double t) { return t >= onset && t < end(); }
}

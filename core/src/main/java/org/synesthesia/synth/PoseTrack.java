package org.synesthesia.synth;

import java.util.List;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * The playing pose of one part as a pure function of time, so that the picture follows the notes.
 * <ul>
 *   <li>{@code bow} (bowed strings; 0.5 otherwise): each note moves the bow from where the last one
 *       left it toward the tip (down-bow) or the frog (up-bow), alternating, so it turns at every
 *       onset; longer notes use more of the remaining bow. It holds still in rests.</li>
 *   <li>{@code hand}: the note's pitch normalized over the instrument's range (the left hand along
 *       the fingerboard, the trombone's slide, the wind player's reach); it glides to a new pitch
 *       over the first {@value #GLIDE_SECONDS} s of the note and holds in rests.</li>
 *   <li>{@code fingers}: a pattern from the pitch. Bowed: the finger on the string, the semitone
 *       above the nearest lower string tuned in fifths from the lowest note (0..6, /6). Woodwinds: the
 *       pitch class (0..11, /11), lifting fingers as the pitch rises through the octave. Brass:
 *       the semitones the valves (or the trombone's slide positions) lower the partial (0..6, /6).</li>
 *   <li>{@code raised}: 1 while playing; in a rest longer than {@value #LONG_REST_SECONDS} s it eases
 *       down to 0 and back up before the next onset.</li>
 * </ul>
 */
public final class PoseTrack {

    static final double GLIDE_SECONDS = 0.06;
    static final double LONG_REST_SECONDS = 1.5;
    /** How long lowering or raising the instrument takes. */
    static final double EASE_SECONDS = 0.5;

    private final Instrument instrument;
    private final List<PlayedNote> notes;
    private final double[] bowFrom;
    private final double[] bowTo;

    public PoseTrack(Part part) {
        this.instrument = part.instrument();
        this.notes = part.notes();
        this.bowFrom = new double[notes.size()];
        this.bowTo = new double[notes.size()];
        double at = 0.1;
        for (int i = 0; i < notes.size(); i++) {
            // Up to 90% of what is left toward the end the bow is travelling to.
            double share = Math.min(0.9, 0.35 + 0.4 * notes.get(i).duration());
            boolean down = i % 2 == 0;
            bowFrom[i] = at;
            at = down ? at + (0.95 - at) * share : at - (at - 0.05) * share;
            bowTo[i] = at;
        }
    }

    /** The pose at time {@code t} seconds. */
    public Pose at(double t) {
        int i = lastStartedBy(t);
        if (i < 0) {
            PlayedNote first = notes.get(0);
            return new Pose(bowed() ? bowFrom[0] : 0.5, hand(first.midi()), fingers(first.midi()), raised(t));
        }
        PlayedNote note = notes.get(i);
        double progress = Math.min(1, (t - note.onset()) / note.duration());
        double bow = bowed() ? bowFrom[i] + (bowTo[i] - bowFrom[i]) * progress : 0.5;
        double hand = hand(note.midi());
        if (i > 0 && t - note.onset() < GLIDE_SECONDS) {
            double g = smooth((t - note.onset()) / GLIDE_SECONDS);
            hand = hand(notes.get(i - 1).midi()) * (1 - g) + hand * g;
        }
        return new Pose(bow, hand, fingers(note.midi()), raised(t));
    }

    private boolean bowed() { return instrument.family() == Instrument.Family.BOWED; }

    /** Index of the last note with onset <= t, or -1. */
    private int lastStartedBy(double t) {
        int lo = 0;
        int hi = notes.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (notes.get(mid).onset() <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private double hand(int midi) { return hand(instrument, midi); }

    /** The hand of a note on {@code instrument}: its pitch normalized over the instrument's range. */
    public static double hand(Instrument instrument, int midi) {
        double span = instrument.highestMidi() - instrument.lowestMidi();
        return clamp((midi - instrument.lowestMidi()) / span);
    }

    private double fingers(int midi) {
        int above = midi - instrument.lowestMidi();
        return switch (instrument.family()) {
            case BOWED -> Math.floorMod(above, 7) / 6.0;
            case WOODWIND -> Math.floorMod(midi, 12) / 11.0;
            case BRASS -> Math.floorMod(-above, 7) / 6.0;
        };
    }

    /** 1 while playing; eases to 0 inside rests longer than {@link #LONG_REST_SECONDS}. */
    private double raised(double t) {
        int i = lastStartedBy(t);
        double restStart = i < 0 ? 0 : notes.get(i).end();
        double restEnd = i + 1 < notes.size() ? notes.get(i + 1).onset() : Double.POSITIVE_INFINITY;
        if (i >= 0 && t < restStart) return 1;
        if (restEnd - restStart <= LONG_REST_SECONDS) return 1;
        // Lowered from shortly after the rest begins until shortly before the next onset.
        double down = 1 - smooth((t - restStart - 0.2) / EASE_SECONDS);
        double up = smooth((t - (restEnd - 0.2 - EASE_SECONDS)) / EASE_SECONDS);
        return clamp(Math.max(down, up));
    }

    private static double smooth(double x) {
        double c = clamp(x);
        return c * c * (3 - 2 * c);
    }

    private static double clamp(double v) { return Math.max(0, Math.min(1, v)); }
}

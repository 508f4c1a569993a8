package org.synesthesia.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.urmp.Piece;

/**
 * Composes the notes of a piece with a seeded phrase-structured Markov melody model.
 *
 * <p>The model, per piece: a <b>key</b> (random tonic; major, natural minor or harmonic minor)
 * and a <b>tempo</b> (66-126 bpm, 4/4), shared by every player of an ensemble. Then, per part:
 * <ol>
 *   <li><b>Form.</b> A lead-in rest of 0.5-1.5 s, then phrases of 2-4 bars separated by rests of
 *       1/2-2 beats. Before a phrase, with probability 0.15 (never before the first), the player
 *       rests 2-3 bars instead: a long rest, in which the renderer lowers the instrument.
 *       Phrases are added while two more bars fit in the piece's target length; a phrase is
 *       shortened to what fits (at least one bar).</li>
 *   <li><b>Rhythm.</b> Each phrase is filled bar by bar from a vocabulary of one-beat and
 *       two-beat rhythm cells (e.g. quarter; two eighths; dotted eighth and sixteenth; four
 *       sixteenths; half; dotted quarter and eighth), and ends on a note of 2-3 beats.</li>
 *   <li><b>Pitch.</b> A first-order Markov walk over the scale's notes inside the instrument's
 *       range ({@link Instrument#lowestMidi()}..{@link Instrument#highestMidi()}): steps of
 *       0, +-1, +-2, +-3, +-4 scale degrees with probabilities .07, .25, .12, .05, .03 each way and
 *       an occasional octave leap (.015 each way). The walk is pulled toward the middle of the
 *       range (a step away from it is flipped with a probability that grows with the distance) and
 *       reflected at its edges. A phrase ends on the nearest tone of the tonic triad.</li>
 *   <li><b>Phrasing and dynamics.</b> Each phrase is legato (notes fill 97% of their slot) or
 *       detached (75%). Its dynamics are an arc: MIDI expression swells from a base level
 *       (pp..f) to a peak mid-phrase and falls back; note velocities follow the same arc, with an
 *       accent on each downbeat and a little random spread. Onsets are humanized by a few
 *       milliseconds.</li>
 * </ol>
 * The same piece and seed give the same score; nothing depends on the soundfont.
 */
public final class MelodyModel {

    /** Silence after the last note, so that its release and the room's tail are recorded. */
    static final double TAIL_SECONDS = 1.0;

    private static final int[][] SCALES = {
        {0, 2, 4, 5, 7, 9, 11},  // major
        {0, 2, 3, 5, 7, 8, 10},  // natural minor
        {0, 2, 3, 5, 7, 8, 11},  // harmonic minor
    };
    private static final int[] STEPS = {0, 1, -1, 2, -2, 3, -3, 4, -4, 7, -7};
    private static final double[] STEP_P = {.07, .25, .25, .12, .12, .05, .05, .03, .03, .015, .015};
    /** Rhythm cells in beats: one-beat cells and two-beat cells. */
    private static final double[][] ONE_BEAT = {{1}, {0.5, 0.5}, {0.75, 0.25}, {0.25, 0.25, 0.5}, {0.25, 0.25, 0.25, 0.25}};
    private static final double[] ONE_BEAT_P = {.40, .30, .12, .08, .10};
    private static final double[][] TWO_BEAT = {{2}, {1.5, 0.5}, {0.5, 1, 0.5}, {1, 1}};
    private static final double[] TWO_BEAT_P = {.35, .30, .15, .20};

    /** The key and tempo that all players of a piece share. */
    record Style(int tonic, int[] scale, double bpm) {
        double beat() { return 60.0 / bpm; }
    }

    private MelodyModel() {}

    /** Composes {@code piece} to last about {@code targetSeconds}, reproducibly from {@code seed}. */
    public static Score compose(Piece piece, double targetSeconds, long seed) {
        if (!(targetSeconds > 0)) throw new IllegalArgumentException("target length must be > 0 s: " + targetSeconds);
        SplittableRandom rng = new SplittableRandom(seed);
        Style style = new Style(rng.nextInt(12), SCALES[rng.nextInt(SCALES.length)], 66 + rng.nextInt(61));
        List<Part> parts = new ArrayList<>();
        double seconds = 0;
        for (int track = 1; track <= piece.tracks(); track++) {
            Part part = composePart(piece.instrument(track), style, targetSeconds, rng.split());
            parts.add(part);
            seconds = Math.max(seconds, part.end());
        }
        return new Score(piece, parts, seconds + TAIL_SECONDS);
    }

    private static Part composePart(Instrument instrument, Style style, double targetSeconds, SplittableRandom rng) {
        int[] keys = scaleKeys(instrument, style);
        int center = nearestIndex(keys, (instrument.lowestMidi() + instrument.highestMidi()) / 2.0 - 2);
        int pos = Math.max(0, Math.min(keys.length - 1, center + rng.nextInt(5) - 2));
        double beat = style.beat();
        double t = 0.5 + rng.nextDouble();
        List<PlayedNote> notes = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        boolean first = true;
        double bar = 4 * beat;
        while (first || t + 2 * bar <= targetSeconds) {
            double longRest = (8 + 4 * rng.nextInt(2)) * beat;
            if (!first && rng.nextDouble() < 0.15 && t + longRest + 2 * bar <= targetSeconds) t += longRest;
            first = false;
            // Short pieces get short phrases, so that a tiny preset stays a few seconds long.
            int bars = Math.max(1, Math.min(2 + rng.nextInt(3), (int) Math.floor((targetSeconds - t) / bar)));
            double[] rhythm = phraseRhythm(bars, rng);
            boolean legato = rng.nextBoolean();
            int base = 40 + rng.nextInt(50);
            int peak = Math.min(127, base + 12 + rng.nextInt(20));
            double phraseStart = t;
            double beatsIn = 0;
            for (int i = 0; i < rhythm.length; i++) {
                boolean last = i == rhythm.length - 1;
                pos = last ? nearestTriadIndex(keys, pos, style) : step(keys, pos, center, rng);
                double slot = rhythm[i] * beat;
                double onset = Math.max(0, t + rng.nextGaussian() * 0.004);
                if (!notes.isEmpty()) onset = Math.max(onset, notes.get(notes.size() - 1).end() + 0.005);
                double duration = Math.max(0.05, slot * (legato ? 0.97 : 0.75) - (onset - t));
                double arc = Math.sin(Math.PI * Math.min(1, (t - phraseStart + slot / 2) / (bars * bar)));
                boolean downbeat = Math.abs(beatsIn - Math.rint(beatsIn / 4) * 4) < 1e-9;
                int velocity = (int) Math.round(base + (peak - base) * arc + (downbeat ? 8 : 0) + rng.nextInt(7) - 3);
                notes.add(new PlayedNote(keys[pos], onset, duration, Math.max(1, Math.min(127, velocity))));
                t += slot;
                beatsIn += rhythm[i];
            }
            phrases.add(new Phrase(phraseStart, t, base, peak));
            t += (1 + rng.nextInt(4)) * 0.5 * beat;
        }
        return new Part(instrument, notes, phrases);
    }

    /** Note lengths in beats for a phrase of {@code bars} bars, its last note 2-3 beats long. */
    private static double[] phraseRhythm(int bars, SplittableRandom rng) {
        List<Double> out = new ArrayList<>();
        int endBeats = 2 + rng.nextInt(2);
        double beats = bars * 4 - endBeats;
        double filled = 0;
        while (filled < beats) {
            double[] cell = beats - filled >= 2 && rng.nextDouble() < 0.4 ? pick(TWO_BEAT, TWO_BEAT_P, rng) : pick(ONE_BEAT, ONE_BEAT_P, rng);
            for (double d : cell) out.add(d);
            for (double d : cell) filled += d;
        }
        out.add((double) endBeats);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] pick(double[][] cells, double[] p, SplittableRandom rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < cells.length; i++) {
            u -= p[i];
            if (u < 0) return cells[i];
        }
        return cells[cells.length - 1];
    }

    /** One Markov step over scale indices, pulled toward {@code center} and kept in range. */
    private static int step(int[] keys, int pos, int center, SplittableRandom rng) {
        double u = rng.nextDouble() * sum(STEP_P);
        int s = STEPS[STEPS.length - 1];
        for (int i = 0; i < STEPS.length; i++) {
            u -= STEP_P[i];
            if (u < 0) { s = STEPS[i]; break; }
        }
        int away = pos - center;
        double pull = Math.min(0.9, Math.abs(away) / (keys.length / 2.0));
        if (s != 0 && Integer.signum(s) == Integer.signum(away) && rng.nextDouble() < pull) s = -s;
        int next = pos + s;
        if (next < 0) next = -next;
        if (next >= keys.length) next = 2 * (keys.length - 1) - next;
        return Math.max(0, Math.min(keys.length - 1, next));
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double v : p) s += v;
        return s;
    }

    /** The MIDI keys of the style's scale that lie in the instrument's range, ascending. */
    static int[] scaleKeys(Instrument instrument, Style style) {
        List<Integer> keys = new ArrayList<>();
        for (int m = instrument.lowestMidi(); m <= instrument.highestMidi(); m++) {
            int pc = Math.floorMod(m - style.tonic(), 12);
            for (int d : style.scale()) if (d == pc) keys.add(m);
        }
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int nearestIndex(int[] keys, double midi) {
        int best = 0;
        for (int i = 1; i < keys.length; i++) if (Math.abs(keys[i] - midi) < Math.abs(keys[best] - midi)) best = i;
        return best;
    }

    private static int nearestTriadIndex(int[] keys, int pos, Style style) {
        int best = pos;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < keys.length; i++) {
            int degree = degreeOf(keys[i], style);
            if ((degree == 0 || degree == 2 || degree == 4) && Math.abs(i - pos) < bestDistance) {
                best = i;
                bestDistance = Math.abs(i - pos);
            }
        }
        return best;
    }

    private static int degreeOf(int midi, Style style) {
        int pc = Math.floorMod(midi - style.tonic(), 12);
        for (int d = 0; d < style.scale().length; d++) if (style.scale()[d] == pc) return d;
        return -1;
    }
}

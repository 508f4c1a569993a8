package org.synesthesia.prepare;

import java.util.ArrayList;
import java.util.List;
import org.synesthesia.pairs.Pair;
import org.synesthesia.urmp.Note;

/**
 * Cuts one track's sound into back-to-back chunks and keeps the ones that sound: by the notes
 * where the track has any (notes sound for at least {@code minNoteCoverage} of the chunk), by RMS
 * energy (at least {@code silenceDb} dBFS) where it has none.
 */
final class TrackChunks {

    /**
     * One kept chunk.
     *
     * @param number  k: the chunk covers [k c, (k+1) c) seconds for chunk length c
     * @param start   start time, s
     * @param centre  centre time, s: the video frame shown then is its image
     * @param audio   the samples
     * @param pitchHz the note sounding at the centre (else the one covering most of the chunk), 0 if none or no notes
     * @param onset   a note starts inside the chunk
     */
    record Chunk(int number, double start, double centre, short[] audio, float pitchHz, boolean onset) {}

    private TrackChunks() {}

    /** Seconds of sound in a track at {@code rate}. */
    static double seconds(float[] track, int rate) { return track.length / (double) rate; }

    static List<Chunk> cut(float[] track, int rate, List<Note> notes, PrepareConfig config) {
        int n = config.chunkSamples();
        double c = config.chunkSeconds();
        boolean byNotes = notes != null && !notes.isEmpty();
        List<Chunk> out = new ArrayList<>();
        for (int k = 0; (long) (k + 1) * n <= track.length; k++) {
            double start = k * c;
            double end = start + c;
            double centre = start + c / 2;
            int from = (int) Math.round(start * rate);
            boolean sounds = byNotes ? coverage(notes, start, end) >= config.minNoteCoverage() * c
                    : rmsDb(track, from, n) >= config.silenceDb();
            if (!sounds) continue;
            float pitch = 0;
            boolean onset = false;
            if (byNotes) {
                Note best = null;
                double bestOverlap = 0;
                for (Note note : notes) {
                    if (note.onset() >= start && note.onset() < end) onset = true;
                    double o = overlap(note, start, end);
                    if (note.sounds(centre)) o = Double.MAX_VALUE;
                    if (o > bestOverlap) { best = note; bestOverlap = o; }
                }
                if (best != null) pitch = (float) best.pitchHz();
            }
            out.add(new Chunk(k, start, centre, Pair.toPcm16(track, from, n), pitch, onset));
        }
        return out;
    }

    /** Seconds of [start, end) during which some note sounds. */
    static double coverage(List<Note> notes, double start, double end) {
        List<double[]> spans = new ArrayList<>();
        for (Note note : notes) {
            double a = Math.max(start, note.onset());
            double b = Math.min(end, note.end());
            if (b > a) spans.add(new double[] {a, b});
        }
        spans.sort((x, y) -> Double.compare(x[0], y[0]));
        double covered = 0;
        double reach = start;
        for (double[] s : spans) {
            double a = Math.max(s[0], reach);
            if (s[1] > a) covered += s[1] - a;
            reach = Math.max(reach, s[1]);
        }
        return covered;
    }

    private static double overlap(Note note, double start, double end) {
        return Math.max(0, Math.min(end, note.end()) - Math.max(start, note.onset()));
    }

    /** RMS level of {@code n} samples from {@code from}, in dBFS (-inf for digital silence). */
    static double rmsDb(float[] x, int from, int n) {
        double sum = 0;
        for (int i = from; i < from + n && i < x.length; i++) sum += (double) x[i] * x[i];
        return 10 * Math.log10(sum / n);
    }
}

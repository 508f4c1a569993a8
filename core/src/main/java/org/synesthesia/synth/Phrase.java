package org.synesthesia.synth;

/**
 * A phrase's span and dynamics arc: MIDI expression (CC11) swells from {@code base} to
 * {@code peak} in the middle of the phrase and falls back by its end.
 */
public record Phrase(double start, double end, int base, int peak) {

    public Phrase {
        if (!(end > start)) throw new IllegalArgumentException("phrase must end after it starts: " + start + " " + end);
        if (base < 0 || peak > 127 || peak < base) throw new IllegalArgumentException("phrase dynamics need 0 <= base <= peak <= 127: " + base + " " + peak);
    }

    /** Expression (0..127) at time {@code t}, which should lie in the phrase. */
    public int expressionAt(double t) {
        double progress = Math.max(0, Math.min(1, (t - start) / (end - start)));
        return (int) Math.round(base + (peak - base) * Math.sin(Math.PI * progress));
    }
}

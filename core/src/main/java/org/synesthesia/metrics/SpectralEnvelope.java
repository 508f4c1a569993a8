package org.synesthesia.metrics;

/**
 * How far generated spectrograms' average shape is from the real ones', per instrument: the RMS over
 * frequency bands of the difference between the mean generated and the mean real envelope (each
 * sample's spectrogram in dB averaged over time). It says what a classifier's top-1 cannot: whether a
 * generator that misses an instrument puts its energy in the wrong bands, and by how many dB.
 *
 * <p>The same distance between two halves of the real samples of each instrument (alternate rows) is
 * the floor that a perfect generator would reach with this many samples.
 */
public final class SpectralEnvelope {

    /**
     * Distances in dB by instrument index, NaN where an instrument lacks generated or real rows (or,
     * for the floor, fewer than two real rows); {@code mean} and {@code realSplitMean} average the
     * instruments that have a value.
     */
    public record Scores(double[] perInstrument, double mean, double[] realSplit, double realSplitMean) {}

    private SpectralEnvelope() {}

    public static Scores of(float[][] generated, int[] generatedInstruments, float[][] real, int[] realInstruments, int classes) {
        if (generated.length != generatedInstruments.length || real.length != realInstruments.length) {
            throw new IllegalArgumentException("envelopes and instruments differ in count");
        }
        double[] per = new double[classes];
        double[] split = new double[classes];
        for (int c = 0; c < classes; c++) {
            double[] g = mean(generated, generatedInstruments, c, 1, 0);
            double[] r = mean(real, realInstruments, c, 1, 0);
            per[c] = g == null || r == null ? Double.NaN : rms(g, r);
            double[] even = mean(real, realInstruments, c, 2, 0);
            double[] odd = mean(real, realInstruments, c, 2, 1);
            split[c] = even == null || odd == null ? Double.NaN : rms(even, odd);
        }
        return new Scores(per, finiteMean(per), split, finiteMean(split));
    }

    /** The envelope of one spectrogram {@code [bands][frames]} in dB: each band's mean over time. */
    public static float[] envelope(float[][] db) {
        float[] e = new float[db.length];
        for (int b = 0; b < db.length; b++) {
            double s = 0;
            for (float v : db[b]) s += v;
            e[b] = (float) (s / db[b].length);
        }
        return e;
    }

    /** The mean of the rows of instrument {@code c}, taking every {@code stride}-th of them from {@code offset}; null if none. */
    private static double[] mean(float[][] rows, int[] instruments, int c, int stride, int offset) {
        double[] sum = null;
        int seen = 0;
        int taken = 0;
        for (int i = 0; i < rows.length; i++) {
            if (instruments[i] != c) continue;
            if (seen++ % stride != offset) continue;
            if (sum == null) sum = new double[rows[i].length];
            else if (rows[i].length != sum.length) throw new IllegalArgumentException("envelopes differ in band count");
            for (int b = 0; b < sum.length; b++) sum[b] += rows[i][b];
            taken++;
        }
        if (sum == null) return null;
        for (int b = 0; b < sum.length; b++) sum[b] /= taken;
        return sum;
    }

    private static double rms(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("envelopes differ in band count");
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s / a.length);
    }

    private static double finiteMean(double[] x) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (Double.isNaN(v)) continue;
            s += v;
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }
}

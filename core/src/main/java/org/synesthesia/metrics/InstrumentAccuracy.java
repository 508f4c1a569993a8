package org.synesthesia.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.synesthesia.instrument.Instrument;

/**
 * How often the judging classifier names the instrument a sample should show or sound like: top-1
 * and top-3 over all samples with bootstrap intervals, and top-1 per instrument.
 */
public final class InstrumentAccuracy {

    /** One set's accuracy; per-instrument entries are NaN where the set has no sample of it. */
    public record Scores(int count, double top1, Interval top1Interval, double top3, Interval top3Interval, double[] perInstrument) {}

    private InstrumentAccuracy() {}

    /**
     * Scores {@code probabilities} ({@code [n][classes]}, any monotone scores) against the
     * instruments the samples should have ({@code labels}, class indices).
     */
    public static Scores of(float[][] probabilities, int[] labels, long seed) {
        int n = labels.length;
        if (probabilities.length != n) throw new IllegalArgumentException(probabilities.length + " score rows for " + n + " labels");
        int classes = n == 0 ? Instrument.count() : probabilities[0].length;
        double[] hit1 = new double[n];
        double[] hit3 = new double[n];
        int[] perCount = new int[classes];
        int[] perHit = new int[classes];
        for (int i = 0; i < n; i++) {
            int rank = rank(probabilities[i], labels[i]);
            hit1[i] = rank == 0 ? 1 : 0;
            hit3[i] = rank < 3 ? 1 : 0;
            perCount[labels[i]]++;
            if (rank == 0) perHit[labels[i]]++;
        }
        double[] per = new double[classes];
        for (int c = 0; c < classes; c++) per[c] = perCount[c] == 0 ? Double.NaN : (double) perHit[c] / perCount[c];
        return new Scores(n, mean(hit1), Bootstrap.ofMean(hit1, seed), mean(hit3), Bootstrap.ofMean(hit3, seed + 1), per);
    }

    /** Counts of {@code [true][predicted]}, the prediction being each row's highest score (first on ties). */
    public static int[][] confusion(float[][] probabilities, int[] labels, int classes) {
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < probabilities[i].length; c++) if (probabilities[i][c] > probabilities[i][best]) best = c;
            counts[labels[i]][best]++;
        }
        return counts;
    }

    /** The values under {@code prefix} ({@code real} or {@code generated}), per instrument by URMP code. */
    public static Map<String, Double> values(String prefix, Scores s) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(prefix + "_top1", s.top1());
        v.put(prefix + "_top1_ci_low", s.top1Interval().lower());
        v.put(prefix + "_top1_ci_high", s.top1Interval().upper());
        v.put(prefix + "_top3", s.top3());
        v.put(prefix + "_top3_ci_low", s.top3Interval().lower());
        v.put(prefix + "_top3_ci_high", s.top3Interval().upper());
        for (int c = 0; c < s.perInstrument().length && c < Instrument.count(); c++) {
            v.put(prefix + "_top1_" + Instrument.ofIndex(c).code(), s.perInstrument()[c]);
        }
        return v;
    }

    /**
     * How many other classes score at least as high as the true one: ties count against the
     * sample, so a constant classifier is never credited.
     */
    static int rank(float[] scores, int label) {
        float own = scores[label];
        int rank = 0;
        for (int c = 0; c < scores.length; c++) {
            if (c != label && scores[c] >= own) rank++;
        }
        return rank;
    }

    private static double mean(double[] x) {
        if (x.length == 0) return Double.NaN;
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }
}

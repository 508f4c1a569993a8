package org.synesthesia.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * Sound-to-image pose error: the mean absolute difference between the pose regressor's reading of
 * each generated image and the true pose of its conditioning chunk, beside a baseline that knows
 * the instrument but not the sound: the true pose of a random other chunk of the same instrument.
 * Only the pose-oriented instruments count (those whose picture shows a bow or a slide,
 * {@link Pose#showsMovingPart}), and of each pose only the parameters its picture shows
 * ({@link Pose#shown}).
 */
public final class PoseError {

    /**
     * @param count              samples of pose-oriented instruments
     * @param mae                generated-vs-true mean absolute error over their shown pose parameters
     * @param baselineMae        the same-instrument random-chunk baseline
     * @param relativeReduction  {@code 1 - mae / baselineMae}: 1 is perfect, 0 is no better than guessing
     * @param baselineCount      samples that had another chunk of their instrument to draw
     * @param maeByParameter     {@code mae} per pose parameter in {@link Pose#NAMES} order, NaN where no
     *                           counted sample shows it
     * @param baselineByParameter {@code baselineMae} per pose parameter, likewise
     * @param instrumentMeanMae  the error of drawing each instrument's mean true pose, read perfectly:
     *                           what a generator that hears the instrument but nothing else reaches, so
     *                           {@code 1 - instrumentMeanMae / baselineMae} is what the sound must add to
     */
    public record Scores(int count, double mae, double baselineMae, double relativeReduction, int baselineCount,
                         double[] maeByParameter, double[] baselineByParameter, double instrumentMeanMae) {

        /** {@code 1 - instrumentMeanMae / baselineMae}. */
        public double instrumentMeanReduction() { return 1 - instrumentMeanMae / baselineMae; }
    }

    private PoseError() {}

    /**
     * @param read        the regressor's reading of each generated image, {@code [n][4]}
     * @param truth       the true pose of each sample's conditioning chunk, {@code [n][4]}
     * @param instruments each sample's instrument index
     */
    public static Scores of(float[][] read, float[][] truth, int[] instruments, long seed) {
        int n = truth.length;
        if (read.length != n || instruments.length != n) {
            throw new IllegalArgumentException("pose readings, true poses and instruments differ in count: " + read.length + ", " + n + ", " + instruments.length);
        }
        Map<Integer, List<Integer>> byInstrument = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (Pose.showsMovingPart(Instrument.ofIndex(instruments[i]))) byInstrument.computeIfAbsent(instruments[i], k -> new ArrayList<>()).add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] err = new double[Pose.SIZE];
        long[] values = new long[Pose.SIZE];
        double[] base = new double[Pose.SIZE];
        long[] baseValues = new long[Pose.SIZE];
        int count = 0;
        int baseCount = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> same = byInstrument.get(instruments[i]);
            if (same == null) continue;
            float[] shown = Pose.shown(Instrument.ofIndex(instruments[i]));
            count++;
            for (int j = 0; j < shown.length; j++) {
                if (shown[j] == 0) continue;
                err[j] += Math.abs(read[i][j] - truth[i][j]);
                values[j]++;
            }
            if (same.size() < 2) continue;
            int other;
            do {
                other = same.get(random.nextInt(same.size()));
            } while (other == i);
            for (int j = 0; j < shown.length; j++) {
                if (shown[j] == 0) continue;
                base[j] += Math.abs(truth[other][j] - truth[i][j]);
                baseValues[j]++;
            }
            baseCount++;
        }
        double mae = ratio(Arrays.stream(err).sum(), Arrays.stream(values).sum());
        double baseMae = ratio(Arrays.stream(base).sum(), Arrays.stream(baseValues).sum());
        double[] maeBy = new double[Pose.SIZE];
        double[] baseBy = new double[Pose.SIZE];
        for (int j = 0; j < Pose.SIZE; j++) {
            maeBy[j] = ratio(err[j], values[j]);
            baseBy[j] = ratio(base[j], baseValues[j]);
        }
        return new Scores(count, mae, baseMae, 1 - mae / baseMae, baseCount, maeBy, baseBy, instrumentMeanMae(truth, byInstrument));
    }

    /** The mean absolute error, over the shown parameters, of each instrument's mean true pose. */
    private static double instrumentMeanMae(float[][] truth, Map<Integer, List<Integer>> byInstrument) {
        double err = 0;
        long values = 0;
        for (Map.Entry<Integer, List<Integer>> e : byInstrument.entrySet()) {
            float[] shown = Pose.shown(Instrument.ofIndex(e.getKey()));
            for (int j = 0; j < shown.length; j++) {
                if (shown[j] == 0) continue;
                double mean = 0;
                for (int i : e.getValue()) mean += truth[i][j];
                mean /= e.getValue().size();
                for (int i : e.getValue()) err += Math.abs(truth[i][j] - mean);
                values += e.getValue().size();
            }
        }
        return ratio(err, values);
    }

    private static double ratio(double sum, long count) { return count == 0 ? Double.NaN : sum / count; }
}

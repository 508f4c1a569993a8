package org.synesthesia.metrics;

import java.util.ArrayList;
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
     * @param count             samples of pose-oriented instruments
     * @param mae               generated-vs-true mean absolute error over their shown pose parameters
     * @param baselineMae       the same-instrument random-chunk baseline
     * @param relativeReduction {@code 1 - mae / baselineMae}: 1 is perfect, 0 is no better than guessing
     * @param baselineCount     samples that had another chunk of their instrument to draw
     */
    public record Scores(int count, double mae, double baselineMae, double relativeReduction, int baselineCount) {}

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
        double err = 0;
        long values = 0;
        double base = 0;
        long baseValues = 0;
        int count = 0;
        int baseCount = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> same = byInstrument.get(instruments[i]);
            if (same == null) continue;
            float[] shown = Pose.shown(Instrument.ofIndex(instruments[i]));
            count++;
            for (int j = 0; j < shown.length; j++) {
                if (shown[j] == 0) continue;
                err += Math.abs(read[i][j] - truth[i][j]);
                values++;
            }
            if (same.size() < 2) continue;
            int other;
            do {
                other = same.get(random.nextInt(same.size()));
            } while (other == i);
            for (int j = 0; j < shown.length; j++) {
                if (shown[j] == 0) continue;
                base += Math.abs(truth[other][j] - truth[i][j]);
                baseValues++;
            }
            baseCount++;
        }
        double mae = values == 0 ? Double.NaN : err / values;
        double baseMae = baseValues == 0 ? Double.NaN : base / baseValues;
        return new Scores(count, mae, baseMae, 1 - mae / baseMae, baseCount);
    }
}

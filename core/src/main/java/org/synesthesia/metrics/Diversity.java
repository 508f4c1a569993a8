package org.synesthesia.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diversity: the mean pairwise L2 feature distance among the samples generated from one condition
 * (averaged over conditions), against the same among real samples of one instrument (averaged over
 * instruments). A collapsed generator scores near 0; a ratio near 1 means generated samples vary
 * as much as real ones of an instrument do.
 */
public final class Diversity {

    /**
     * @param generated the mean over conditions with at least two samples
     * @param real      the mean over instruments with at least two real samples
     * @param ratio     {@code generated / real}
     */
    public record Scores(double generated, double real, double ratio, int conditions, int instruments) {}

    private Diversity() {}

    /**
     * @param generated  generated sample features {@code [n][d]}
     * @param conditions the condition each generated sample was made from (any ids)
     * @param real       real sample features {@code [m][d]}
     * @param realGroups each real sample's instrument index
     */
    public static Scores of(float[][] generated, int[] conditions, float[][] real, int[] realGroups) {
        double[] g = meanWithinGroups(generated, conditions);
        double[] r = meanWithinGroups(real, realGroups);
        return new Scores(g[0], r[0], g[0] / r[0], (int) g[1], (int) r[1]);
    }

    /** {mean over groups of the mean pairwise L2 distance within the group, number of groups used}. */
    static double[] meanWithinGroups(float[][] features, int[] groups) {
        if (features.length != groups.length) throw new IllegalArgumentException(features.length + " feature rows for " + groups.length + " group ids");
        Map<Integer, List<float[]>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) byGroup.computeIfAbsent(groups[i], k -> new ArrayList<>()).add(features[i]);
        double sum = 0;
        int used = 0;
        for (List<float[]> rows : byGroup.values()) {
            if (rows.size() < 2) continue;
            sum += meanPairwiseDistance(rows);
            used++;
        }
        return new double[] {used == 0 ? Double.NaN : sum / used, used};
    }

    static double meanPairwiseDistance(List<float[]> rows) {
        double sum = 0;
        long pairs = 0;
        for (int a = 0; a < rows.size(); a++) {
            for (int b = a + 1; b < rows.size(); b++) {
                float[] x = rows.get(a), y = rows.get(b);
                double s = 0;
                for (int k = 0; k < x.length; k++) {
                    double d = x[k] - y[k];
                    s += d * d;
                }
                sum += Math.sqrt(s);
                pairs++;
            }
        }
        return sum / pairs;
    }
}

package org.synesthesia.gan;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How different a generator's samples for one condition are, as a check on mode collapse: the
 * mean RMS distance between samples made from other noise for the same condition, over all pairs
 * of such samples, averaged over conditions. Samples in [-1, 1]; 0 means every noise gives the same
 * sample. Compare it with {@link #of} over real samples of one instrument to read it.
 */
public final class Diversity {

    private Diversity() {}

    /**
     * Samples {@code [conditions * perCondition, ...]}, condition-major as
     * {@link ConditionalGenerator#generate} makes them; {@code perCondition} at least 2.
     */
    public static double of(INDArray samples, int perCondition) {
        if (perCondition < 2) throw new IllegalArgumentException("diversity needs at least two samples per condition");
        int n = (int) samples.size(0);
        if (n % perCondition != 0) throw new IllegalArgumentException(n + " samples are not whole groups of " + perCondition);
        INDArray flat = samples.reshape(n, -1);
        double sum = 0;
        int count = 0;
        for (int g = 0; g < n; g += perCondition) {
            for (int i = g; i < g + perCondition; i++) {
                for (int j = i + 1; j < g + perCondition; j++) {
                    sum += flat.getRow(i).distance2(flat.getRow(j)) / Math.sqrt(flat.size(1));
                    count++;
                }
            }
        }
        return sum / count;
    }
}

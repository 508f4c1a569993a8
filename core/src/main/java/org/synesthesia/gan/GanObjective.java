package org.synesthesia.gan;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The matching-aware conditional GAN objective of GAN-CLS (Reed et al. 2016), as a D step and a G
 * step over plain graphs. D learns real+matched -> 1, fake+matched -> 0 and real+mismatched -> 0,
 * weighted 1, {@code fakeWeight} and {@code mismatchWeight}; G learns to make D say 1 for its fakes
 * (the non-saturating loss).
 */
public final class GanObjective {

    /** What a D step measured: its weighted loss and D's mean probability for each kind of pair. */
    public record DiscriminatorLosses(double lossD, double dReal, double dFake, double dMismatch) {}

    /** Rows of each kind on which D's probabilities are read for the log: enough for a trend, cheap. */
    static final int PROBE_ROWS = 8;

    private final double fakeWeight;
    private final double mismatchWeight;

    public GanObjective(double fakeWeight, double mismatchWeight) {
        this.fakeWeight = fakeWeight;
        this.mismatchWeight = mismatchWeight;
    }

    /** GAN-CLS: fakes and mismatches share the negative half equally. */
    public static GanObjective matchingAware() { return new GanObjective(0.5, 0.5); }

    /**
     * Updates D alone on one batch of {@code n} real samples with their conditions, {@code n} fakes
     * made under the same conditions, and the real samples under {@code mismatched} conditions.
     */
    public DiscriminatorLosses discriminatorStep(ComputationGraph d, INDArray real, INDArray fake, INDArray conditions, INDArray mismatched) {
        int n = (int) real.size(0);
        INDArray samples = Nd4j.concat(0, real, fake, real);
        INDArray conds = Nd4j.concat(0, conditions, conditions, mismatched);
        INDArray labels = Nd4j.zeros(real.dataType(), 3L * n, 1);
        INDArray weights = Nd4j.zeros(real.dataType(), 3L * n, 1);
        labels.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(1);
        weights.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(1);
        weights.get(NDArrayIndex.interval(n, 2 * n), NDArrayIndex.all()).assign(fakeWeight);
        weights.get(NDArrayIndex.interval(2 * n, 3 * n), NDArrayIndex.all()).assign(mismatchWeight);
        double[] probe = probe(d, real, fake, conditions, mismatched);
        // the label mask weights each pair's loss: DL4J multiplies the per-example score by it
        d.fit(new MultiDataSet(new INDArray[] {samples, conds}, new INDArray[] {labels}, null, new INDArray[] {weights}));
        return new DiscriminatorLosses(d.score(), probe[0], probe[1], probe[2]);
    }

    /**
     * Updates G alone: first copies D's weights into the combined graph's frozen copy of D, then fits
     * the combined graph to call G's fakes real. Returns G's loss.
     */
    public double generatorStep(ComputationGraph combined, ComputationGraph d, INDArray noise, INDArray conditions) {
        GanNets.copyLayers(d, combined, GanNets.D_PREFIX);
        INDArray real = Nd4j.ones(noise.dataType(), noise.size(0), 1);
        combined.fit(new MultiDataSet(new INDArray[] {noise, conditions}, new INDArray[] {real}));
        return combined.score();
    }

    private static double[] probe(ComputationGraph d, INDArray real, INDArray fake, INDArray conditions, INDArray mismatched) {
        int m = (int) Math.min(PROBE_ROWS, real.size(0));
        var rows = NDArrayIndex.interval(0, m);
        INDArray r = real.get(rows);
        INDArray c = conditions.get(rows);
        INDArray p = d.output(false, Nd4j.concat(0, r, fake.get(rows), r), Nd4j.concat(0, c, c, mismatched.get(rows)))[0];
        return new double[] {
            p.get(NDArrayIndex.interval(0, m)).meanNumber().doubleValue(),
            p.get(NDArrayIndex.interval(m, 2 * m)).meanNumber().doubleValue(),
            p.get(NDArrayIndex.interval(2 * m, 3 * m)).meanNumber().doubleValue()};
    }
}

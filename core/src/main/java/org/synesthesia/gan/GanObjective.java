package org.synesthesia.gan;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The matching-aware conditional GAN objective of GAN-CLS (Reed et al. 2016), as a D step and a G
 * step over plain graphs. D learns real+matched -> 1, fake+matched -> 0 and real+mismatched -> 0,
 * weighted 1, {@code fakeWeight} and {@code mismatchWeight}; G learns to make D say 1 for its fakes
 * (the non-saturating loss).
 *
 * <p>With a class weight above 0, D's graphs carry the auxiliary head of AC-GAN (Odena et al.
 * 2017): D also learns the instrument of each real sample, and G learns to make D name its
 * condition's instrument, each row of it weighted {@code classWeight}. D's head learns from real
 * samples only, so G is rewarded for looking like the real instrument, not for whatever D learned
 * to tell apart in fakes.
 */
public final class GanObjective {

    /**
     * What a D step measured: its weighted loss, D's mean probability for each kind of pair, and the
     * share of probed fakes whose instrument D's head named as their condition's (NaN without the head).
     */
    public record DiscriminatorLosses(double lossD, double dReal, double dFake, double dMismatch, double fakeClassRight) {}

    /** Rows of each kind on which D's probabilities are read for the log: enough for a trend, cheap. */
    static final int PROBE_ROWS = 8;

    private final double fakeWeight;
    private final double mismatchWeight;
    private final double classWeight;

    public GanObjective(double fakeWeight, double mismatchWeight, double classWeight) {
        this.fakeWeight = fakeWeight;
        this.mismatchWeight = mismatchWeight;
        this.classWeight = classWeight;
    }

    /**
     * GAN-CLS: fakes and mismatches share the negative half equally; the class head weighs
     * {@code classWeight}. The pose guide's weight is given per G step (it may warm up).
     */
    public static GanObjective matchingAware(double classWeight) { return new GanObjective(0.5, 0.5, classWeight); }

    /**
     * Updates D alone on one batch of {@code n} real samples with their conditions and instruments
     * ({@code classes}, used only with the class head), {@code n} fakes made under the same
     * conditions, and the real samples under {@code mismatched} conditions.
     */
    public DiscriminatorLosses discriminatorStep(ComputationGraph d, INDArray real, INDArray fake, INDArray conditions, INDArray mismatched, int[] classes) {
        int n = (int) real.size(0);
        INDArray samples = Nd4j.concat(0, real, fake, real);
        INDArray conds = Nd4j.concat(0, conditions, conditions, mismatched);
        INDArray labels = Nd4j.zeros(real.dataType(), 3L * n, 1);
        INDArray weights = Nd4j.zeros(real.dataType(), 3L * n, 1);
        labels.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(1);
        weights.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(1);
        weights.get(NDArrayIndex.interval(n, 2 * n), NDArrayIndex.all()).assign(fakeWeight);
        weights.get(NDArrayIndex.interval(2 * n, 3 * n), NDArrayIndex.all()).assign(mismatchWeight);
        double[] probe = probe(d, real, fake, conditions, mismatched, classes);
        // the label mask weights each pair's loss: DL4J multiplies the per-example score by it
        MultiDataSet batch;
        if (hasClassHead(d)) {
            INDArray classLabels = oneHot(3L * n, classes, real.dataType());
            INDArray classMask = Nd4j.zeros(real.dataType(), 3L * n, 1);
            classMask.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(classWeight);
            batch = new MultiDataSet(new INDArray[] {samples, conds}, new INDArray[] {labels, classLabels}, null, new INDArray[] {weights, classMask});
        } else {
            batch = new MultiDataSet(new INDArray[] {samples, conds}, new INDArray[] {labels}, null, new INDArray[] {weights});
        }
        d.fit(batch);
        return new DiscriminatorLosses(d.score(), probe[0], probe[1], probe[2], probe[3]);
    }

    /**
     * Updates G alone: first copies D's weights into the combined graph's frozen copy of D, then fits
     * the combined graph to call G's fakes real (and, with the class head, of their condition's
     * instrument, {@code classes}; with a pose guide, to make the guide read each row's labelled
     * pose, {@code poses}, weighted {@code poseWeight}, which must be above 0 then). Returns G's loss
     * and, with a guide, the guide's squared error per sample before the step (NaN without one).
     */
    public GeneratorLosses generatorStep(ComputationGraph combined, ComputationGraph d, INDArray noise, INDArray conditions, int[] classes, float[][] poses,
                                         double poseWeight) {
        GanNets.copyLayers(d, combined, GanNets.D_PREFIX);
        int n = (int) noise.size(0);
        List<INDArray> labels = new ArrayList<>(List.of(Nd4j.ones(noise.dataType(), n, 1)));
        List<INDArray> masks = new ArrayList<>(List.of(Nd4j.ones(noise.dataType(), n, 1)));
        if (hasClassHead(combined)) {
            labels.add(oneHot(n, classes, noise.dataType()));
            masks.add(Nd4j.valueArrayOf(new long[] {n, 1}, classWeight, noise.dataType()));
        }
        boolean guided = PoseGuide.in(combined);
        if (guided != (poses != null)) throw new IllegalArgumentException("poses are given exactly when the combined graph has a pose guide");
        if (guided) {
            INDArray[] targets = PoseGuide.targets(poses, classes, poseWeight);
            labels.add(targets[0]);
            masks.add(targets[1]);
        }
        combined.fit(new MultiDataSet(new INDArray[] {noise, conditions}, labels.toArray(INDArray[]::new), null, masks.toArray(INDArray[]::new)));
        double poseError = Double.NaN;
        if (guided) {
            // the loss layer keeps the score of the pass it last made, weighted by the mask
            poseError = combined.getOutputLayer(labels.size() - 1).score() / poseWeight;
        }
        return new GeneratorLosses(combined.score(), poseError);
    }

    /** What a G step measured: its weighted loss, and the pose guide's unweighted squared error (NaN without a guide). */
    public record GeneratorLosses(double lossG, double poseError) {}

    /** {@code rows} rows of instrument one-hots: row i is {@code classes[i]}'s, rows past {@code classes} are zero. */
    private static INDArray oneHot(long rows, int[] classes, DataType type) {
        INDArray y = Nd4j.zeros(type, rows, GanNets.CLASSES);
        for (int i = 0; i < classes.length; i++) y.putScalar(i, classes[i], 1);
        return y;
    }

    static boolean hasClassHead(ComputationGraph net) {
        return net.getConfiguration().getNetworkOutputs().contains(GanNets.D_CLASS);
    }

    private static double[] probe(ComputationGraph d, INDArray real, INDArray fake, INDArray conditions, INDArray mismatched, int[] classes) {
        int m = (int) Math.min(PROBE_ROWS, real.size(0));
        var rows = NDArrayIndex.interval(0, m);
        INDArray r = real.get(rows);
        INDArray c = conditions.get(rows);
        INDArray[] out = d.output(false, Nd4j.concat(0, r, fake.get(rows), r), Nd4j.concat(0, c, c, mismatched.get(rows)));
        INDArray p = out[0];
        double fakeClassRight = Double.NaN;
        if (out.length > 1) {
            INDArray named = out[1].get(NDArrayIndex.interval(m, 2 * m), NDArrayIndex.all()).argMax(1);
            int right = 0;
            for (int i = 0; i < m; i++) if (named.getInt(i) == classes[i]) right++;
            fakeClassRight = (double) right / m;
        }
        return new double[] {
            p.get(NDArrayIndex.interval(0, m)).meanNumber().doubleValue(),
            p.get(NDArrayIndex.interval(m, 2 * m)).meanNumber().doubleValue(),
            p.get(NDArrayIndex.interval(2 * m, 3 * m)).meanNumber().doubleValue(),
            fakeClassRight};
    }
}

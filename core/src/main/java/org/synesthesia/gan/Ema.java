package org.synesthesia.gan;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The exponential moving average of G's weights that sampling and metrics use, driven by a
 * half-life in pairs as in StyleGAN: after {@code halfLifePairs} pairs an old weight's share halves.
 */
public final class Ema {

    private Ema() {}

    /**
     * How the half-life grows at the start, as StyleGAN2-ADA's {@code ema_rampup}: it is at most
     * this share of the pairs seen so far, so early samples are not dominated by the random
     * initial weights (with a 10,000-pair half-life and no ramp, 43% of the EMA was still the
     * initial G at step 375 of a batch-32 run). StyleGAN's 0.05 suits its millions of images; over
     * our runs of 50,000-160,000 pairs it held the half-life at 75-200 steps throughout, too short
     * to smooth G's swings from checkpoint to checkpoint: averaging the S2I releases of steps 4,250
     * and 5,000 was named right 0.774 of the time, against 0.716 and 0.666 for each (BENCHMARKS.md).
     */
    static final double RAMPUP = 0.15;

    /** The decay per step of {@code batchPairs} pairs; 0 (copy) when the half-life is 0. */
    public static double beta(int batchPairs, double halfLifePairs) {
        return halfLifePairs <= 0 ? 0 : Math.pow(0.5, batchPairs / halfLifePairs);
    }

    /** The decay of the step that brings the pairs seen to {@code pairsSeen}, with the half-life ramped up. */
    public static double beta(int batchPairs, double halfLifePairs, long pairsSeen) {
        return beta(batchPairs, Math.min(halfLifePairs, RAMPUP * pairsSeen));
    }

    /** {@code ema = beta * ema + (1 - beta) * source}, layer by layer for layers named in both graphs with {@code prefix}. */
    public static void update(ComputationGraph ema, ComputationGraph source, String prefix, double beta) {
        for (Layer layer : ema.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (!name.startsWith(prefix) || layer.numParams() == 0) continue;
            layer.params().muli(beta).addi(source.getLayer(name).params().mul(1 - beta));
        }
    }
}

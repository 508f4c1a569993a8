package org.synesthesia.gan;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The exponential moving average of G's weights that sampling and metrics use, driven by a
 * half-life in pairs as in StyleGAN: after {@code halfLifePairs} pairs an old weight's share halves.
 */
public final class Ema {

    private Ema() {}

    /** The decay per step of {@code batchPairs} pairs; 0 (copy) when the half-life is 0. */
    public static double beta(int batchPairs, double halfLifePairs) {
        return halfLifePairs <= 0 ? 0 : Math.pow(0.5, batchPairs / halfLifePairs);
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

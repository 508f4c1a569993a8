package org.synesthesia.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * BigGAN's "standing statistics" for a generator's BatchNorm layers: each layer's mean and variance
 * are measured on the inputs it gets when the generator samples, rather than kept from training.
 * The statistics a release carries are those of no network that ever ran. Training keeps a running
 * average of the training G's batch statistics (decay 0.9, about the last ten steps); the EMA
 * averages those over hundreds of steps, and the mean of checkpoints ({@link GanConfig#averageFrom})
 * averages them again, while the weights that produce a layer's inputs were averaged too. Measured
 * here, layer by layer in the graph's order with the layers before already measured, every layer
 * normalises what the release actually feeds it.
 *
 * <p>A by-hand experiment ({@link StandReleases}), not part of the release: on three S2I releases (the
 * mean of seed 2's checkpoints, seed 2's EMA and seed 3's default run) the judged accuracy moved by
 * -0.005, -0.010 and -0.003, within its interval (BENCHMARKS.md, sixteenth session). The statistics
 * carried from training are not what holds S2I back.
 */
public final class StandingStatistics {

    private StandingStatistics() {}

    /**
     * Sets the statistics of every BatchNorm layer of {@code generator} to those of its inputs over
     * {@code samples} samples drawn in inference mode: conditions drawn at random from the rows of
     * {@code conditions}, plain normal noise, both from {@code seed}. Returns the names of the
     * layers set.
     */
    public static List<String> measure(ComputationGraph generator, INDArray conditions, int noiseSize, int samples, long seed) {
        if (samples < 2) throw new IllegalArgumentException("standing statistics need at least 2 samples, not " + samples);
        Random rng = new Random(seed);
        int[] rows = new int[samples];
        for (int i = 0; i < samples; i++) rows[i] = rng.nextInt((int) conditions.size(0));
        INDArray c = conditions.getRows(rows).castTo(DataType.FLOAT);
        INDArray z = ConditionalGenerator.noise(rng, samples, noiseSize);
        List<String> set = new ArrayList<>();
        for (int index : generator.topologicalSortOrder()) {
            GraphVertex v = generator.getVertices()[index];
            if (!v.hasLayer() || !(v.getLayer().conf().getLayer() instanceof BatchNormalization bn)) continue;
            if (v.getInputVertices().length != 1) throw new IllegalStateException(v.getVertexName() + " has other than one input");
            double[][] moments = moments(generator, z, c, v.getInputVertices()[0].getVertexIndex());
            setStatistics(v.getLayer(), bn, moments[0], moments[1]);
            set.add(v.getVertexName());
        }
        return set;
    }

    /** Per channel, the mean and the (biased) variance of the activations of the vertex at {@code index} over all samples, in batches. */
    private static double[][] moments(ComputationGraph g, INDArray z, INDArray c, int index) {
        String vertex = g.getVertices()[index].getVertexName();
        int n = (int) z.size(0);
        double[] sum = null, squares = null;
        long count = 0;
        for (int from = 0; from < n; from += BATCH) {
            int b = Math.min(BATCH, n - from);
            INDArray[] in = {z.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + b)),
                    c.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + b))};
            // the forward pass goes only as far as that vertex
            INDArray a = g.feedForward(in, index, false).get(vertex).castTo(DataType.DOUBLE);
            int channels = (int) a.size(1);
            INDArray perChannel = channelsLast(a);
            double[] s = perChannel.sum(0).toDoubleVector();
            double[] q = perChannel.mul(perChannel).sum(0).toDoubleVector();
            if (sum == null) {
                sum = new double[channels];
                squares = new double[channels];
            }
            for (int k = 0; k < channels; k++) {
                sum[k] += s[k];
                squares[k] += q[k];
            }
            count += perChannel.size(0);
        }
        double[] mean = new double[sum.length];
        double[] var = new double[sum.length];
        for (int k = 0; k < sum.length; k++) {
            mean[k] = sum[k] / count;
            var[k] = Math.max(0, squares[k] / count - mean[k] * mean[k]);
        }
        return new double[][] {mean, var};
    }

    /**
     * {@code [values, channels]}: a dense layer's output ({@code [b, C]}) as it is, a convolution's
     * ({@code [b, C, H, W]}) with its positions as rows.
     */
    static INDArray channelsLast(INDArray a) {
        return a.rank() == 2 ? a : a.permute(0, 2, 3, 1).dup().reshape(-1, a.size(1));
    }

    /** Writes a mean and variance into a BatchNorm layer, as a variance or, with {@code useLogStd}, as log10 of the standard deviation. */
    private static void setStatistics(Layer layer, BatchNormalization bn, double[] mean, double[] var) {
        INDArray m = layer.getParam(BatchNormalizationParamInitializer.GLOBAL_MEAN);
        m.assign(Nd4j.create(mean).castTo(m.dataType()).reshape(m.shape()));
        if (bn.isUseLogStd()) {
            // DL4J normalises by sqrt((10^log10std)^2 + eps), as by sqrt(var + eps) without it
            double[] logStd = new double[var.length];
            for (int k = 0; k < var.length; k++) logStd[k] = 0.5 * Math.log10(Math.max(var[k], Double.MIN_NORMAL));
            INDArray p = layer.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD);
            p.assign(Nd4j.create(logStd).castTo(p.dataType()).reshape(p.shape()));
        } else {
            INDArray p = layer.getParam(BatchNormalizationParamInitializer.GLOBAL_VAR);
            p.assign(Nd4j.create(var).castTo(p.dataType()).reshape(p.shape()));
        }
    }

    private static final int BATCH = 256;
}

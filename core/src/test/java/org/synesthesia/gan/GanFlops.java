package org.synesthesia.gan;

import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.nn.InputShape;

/**
 * Floating-point operations of a GAN step, counted from the graphs (convolutions and dense layers,
 * 2 per multiply-add; a backward pass counted as twice the forward), and the step's share of a
 * measured matmul peak: {@code GanFlops CHANNELS HEIGHT WIDTH STEP_SECONDS PEAK_GFLOPS [key=value ...]}.
 */
public final class GanFlops {

    /** Forward flops per example of the layers of {@code net} whose name starts with {@code prefix}. */
    static double forward(ComputationGraph net, INDArray[] inputs, String prefix) {
        Map<String, INDArray> acts = net.feedForward(inputs, false);
        double flops = 0;
        for (Layer l : net.getLayers()) {
            String name = l.conf().getLayer().getLayerName();
            if (!name.startsWith(prefix)) continue;
            var conf = l.conf().getLayer();
            if (conf instanceof FrozenLayerWithBackprop f) conf = f.getUnderlying();
            INDArray out = acts.get(name);
            if (conf instanceof ConvolutionLayer c) {
                flops += 2.0 * c.getKernelSize()[0] * c.getKernelSize()[1] * c.getNIn() * c.getNOut() * out.size(2) * out.size(3);
            } else if (conf instanceof DenseLayer d) {
                flops += 2.0 * d.getNIn() * d.getNOut();
            }
        }
        return flops;
    }

    public static void main(String[] args) {
        InputShape s = new InputShape(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        double stepSeconds = Double.parseDouble(args[3]);
        double peak = Double.parseDouble(args[4]) * 1e9;
        var o = new java.util.HashMap<String, String>();
        for (int i = 5; i < args.length; i++) o.put(args[i].split("=")[0], args[i].split("=")[1]);
        GanConfig c = GanConfig.defaults(s.channels() == 3 ? Direction.S2I : Direction.I2S).with(o);
        int cond = 128;
        int n = c.batchSize();
        INDArray z = Nd4j.randn(DataType.FLOAT, 1, c.noiseSize());
        INDArray cv = Nd4j.rand(DataType.FLOAT, 1, cond);
        double g = forward(GanNets.generator(c, s, cond), new INDArray[] {z, cv}, GanNets.G_PREFIX);
        double d = forward(GanNets.discriminator(c, s, cond), new INDArray[] {Nd4j.rand(DataType.FLOAT, s.batchShape(1)), cv}, GanNets.D_PREFIX);
        double step = n * g                                   // fakes
                + 3 * GanObjective.PROBE_ROWS * d             // D's probabilities for the log
                + 3 * (3.0 * n) * d                            // D step: forward + backward on 3n pairs
                + 3 * n * (g + d);                             // G step through D's copy
        System.out.printf("G %.1f MFLOP/example, D %.1f MFLOP/example, step %.2f GFLOP at batch %d; at %.2f s/step: %.2f GFLOP/s = %.1f%% of %.0f GFLOP/s%n",
                g / 1e6, d / 1e6, step / 1e9, n, stepSeconds, step / stepSeconds / 1e9, 100 * step / stepSeconds / peak, peak / 1e9);
    }
}

package org.synesthesia.nn;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Floating-point operations of a graph's matrix work (convolutions and dense layers, 2 per
 * multiply-add), counted from the layers' shapes on one example. A training step costs about three
 * forward passes (forward, gradient to the input, gradient to the weights).
 */
public final class Flops {

    private Flops() {}

    /** Forward FLOPs for one example whose input has {@code shape}. */
    public static double forward(ComputationGraph net, InputShape shape) {
        INDArray x = Nd4j.zeros(shape.batchShape(1));
        Map<String, INDArray> acts = net.feedForward(new INDArray[] {x}, false);
        double flops = 0;
        for (GraphVertex v : net.getVertices()) {
            if (!v.hasLayer()) continue;
            var conf = v.getLayer().conf().getLayer();
            INDArray out = acts.get(v.getVertexName());
            if (out == null) continue;
            if (conf instanceof Convolution1DLayer c) {
                long positions = out.length() / c.getNOut();
                flops += 2.0 * positions * c.getKernelSize()[0] * c.getNIn() * c.getNOut();
            } else if (conf instanceof ConvolutionLayer c) {
                long positions = out.length() / c.getNOut();
                flops += 2.0 * positions * c.getKernelSize()[0] * c.getKernelSize()[1] * c.getNIn() * c.getNOut();
            } else if (conf instanceof DenseLayer d) {
                flops += 2.0 * d.getNIn() * d.getNOut();
            } else if (conf instanceof OutputLayer o) {
                flops += 2.0 * o.getNIn() * o.getNOut();
            }
        }
        return flops;
    }

    /** FLOP/s of ND4J's fp32 gemm on {@code n x n} matrices: the machine's matrix-multiply peak. */
    public static double gemmPeak(int n, int repeats) {
        INDArray a = Nd4j.rand(n, n);
        INDArray b = Nd4j.rand(n, n);
        INDArray c = Nd4j.zeros(n, n);
        a.mmuli(b, c); // warm up
        long t0 = System.nanoTime();
        for (int i = 0; i < repeats; i++) a.mmuli(b, c);
        double secs = (System.nanoTime() - t0) / 1e9;
        return 2.0 * n * n * (double) n * repeats / secs;
    }
}

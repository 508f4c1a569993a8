package org.synesthesia.gan;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.*;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Times single layers on a [32, 32, 32, 32] input. */
public final class LayerBench {
    public static void main(String[] args) {
        Layer[] layers = {
            new Upsampling2D.Builder().size(2).build(),
            new BatchNormalization.Builder().nOut(32).build(),
            new ConvolutionLayer.Builder(3, 3).nOut(32).activation(Activation.IDENTITY).build(),
            new Deconvolution2D.Builder(4, 4).stride(2, 2).nOut(32).activation(Activation.IDENTITY).build(),
            new ActivationLayer.Builder().activation(Activation.RELU).build(),
        };
        INDArray x = Nd4j.rand(DataType.FLOAT, 32, 32, 32, 32);
        for (Layer l : layers) {
            var conf = new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT).convolutionMode(ConvolutionMode.Same).graphBuilder()
                    .addInputs("in").setInputTypes(InputType.convolutional(32, 32, 32)).addLayer("l", l, "in").setOutputs("l").build();
            ComputationGraph g = new ComputationGraph(conf);
            g.init();
            double best = 1e9;
            for (int r = 0; r < 4; r++) {
                long t0 = System.nanoTime();
                g.feedForward(new INDArray[] {x}, true);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%s fwd %.3f s%n", l.getClass().getSimpleName(), best);
        }
    }
}

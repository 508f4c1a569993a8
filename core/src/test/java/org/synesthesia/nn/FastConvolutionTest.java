package org.synesthesia.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The fast convolution must compute what DL4J's own does: outputs, input gradients and parameter gradients. */
class FastConvolutionTest {

    @ParameterizedTest(name = "k{0} s{1} {2} bias={3} {4} in {5}x{6}x{7}")
    @CsvSource({
        "3, 1, Same, false, IDENTITY, 1, 17, 11",
        "3, 1, Same, true, RELU, 3, 9, 9",
        "5, 2, Same, true, LEAKYRELU, 2, 13, 10",
        "4, 2, Truncate, true, IDENTITY, 3, 16, 16",
        "4, 2, Same, true, LEAKYRELU, 3, 16, 16",
        "4, 2, Same, false, IDENTITY, 2, 15, 9",
        "1, 1, Same, false, TANH, 4, 5, 7",
    })
    void matchesDl4jsConvolution(int kernel, int stride, ConvolutionMode mode, boolean bias, Activation act,
                                 int channels, int h, int w) {
        ComputationGraph fast = graph(true, kernel, stride, mode, bias, act, channels, h, w);
        ComputationGraph reference = graph(false, kernel, stride, mode, bias, act, channels, h, w);
        reference.setParams(fast.params().dup());
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, channels, h, w).subi(0.5);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 3, 4);
        for (int i = 0; i < 3; i++) y.putScalar(i, i % 4, 1);

        INDArray outFast = fast.outputSingle(x);
        INDArray outRef = reference.outputSingle(x);
        assertClose(outRef, outFast, "outputs");

        fast.setInputs(x);
        fast.setLabels(y);
        fast.computeGradientAndScore();
        reference.setInputs(x);
        reference.setLabels(y);
        reference.computeGradientAndScore();
        assertEquals(reference.score(), fast.score(), 1e-5);
        assertClose(reference.gradient().gradient(), fast.gradient().gradient(), "parameter gradients");
        assertTrue(fast.gradient().gradient().norm2Number().doubleValue() > 0);

        // and one training step lands on the same weights
        org.nd4j.linalg.dataset.DataSet batch = new org.nd4j.linalg.dataset.DataSet(x, y);
        fast.fit(batch);
        reference.fit(batch);
        assertClose(reference.params(), fast.params(), "weights after a step");

        // a second step on other inputs: the layer keeps each forward pass's patches for its
        // backward pass, and must not use the first step's
        INDArray x2 = Nd4j.rand(DataType.FLOAT, 3, channels, h, w).subi(0.5);
        fast.fit(new org.nd4j.linalg.dataset.DataSet(x2, y));
        reference.fit(new org.nd4j.linalg.dataset.DataSet(x2, y));
        assertClose(reference.params(), fast.params(), "weights after a second step");
    }

    /** A frozen layer that passes gradients back runs its forward pass in test mode, and its backward pass after it. */
    @org.junit.jupiter.api.Test
    void frozenLayerPassesTheSameGradientsBack() {
        ComputationGraph fast = graph(true, 3, 1, ConvolutionMode.Same, true, Activation.LEAKYRELU, 2, 8, 8, true);
        ComputationGraph reference = graph(false, 3, 1, ConvolutionMode.Same, true, Activation.LEAKYRELU, 2, 8, 8, true);
        reference.setParams(fast.params().dup());
        INDArray y = Nd4j.zeros(DataType.FLOAT, 3, 4);
        for (int i = 0; i < 3; i++) y.putScalar(i, i % 4, 1);
        for (int step = 0; step < 2; step++) {
            var batch = new org.nd4j.linalg.dataset.DataSet(Nd4j.rand(DataType.FLOAT, 3, 2, 8, 8).subi(0.5), y);
            fast.fit(batch);
            reference.fit(batch);
            assertClose(reference.params(), fast.params(), "weights after step " + (step + 1));
        }
        assertEquals(fast.getLayer("conv2").params(), graph(true, 3, 1, ConvolutionMode.Same, true, Activation.LEAKYRELU, 2, 8, 8, true)
                .getLayer("conv2").params(), "the frozen layer must not train");
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()), what);
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double diff = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(diff <= 1e-4 * scale, what + " differ by " + diff + " (scale " + scale + ")");
    }

    private static ComputationGraph graph(boolean fast, int k, int s, ConvolutionMode mode, boolean bias, Activation act,
                                          int channels, int h, int w) {
        return graph(fast, k, s, mode, bias, act, channels, h, w, false);
    }

    /** in -> conv (the layer under test) -> conv2 (frozen with backprop, if asked) -> softmax. */
    private static ComputationGraph graph(boolean fast, int k, int s, ConvolutionMode mode, boolean bias, Activation act,
                                          int channels, int h, int w, boolean frozenMiddle) {
        ConvolutionLayer.Builder conv = fast ? new FastConvolution.Builder(k, k) : new ConvolutionLayer.Builder(k, k);
        conv.stride(s, s).nOut(5).activation(act).hasBias(bias).convolutionMode(mode);
        if (mode == ConvolutionMode.Truncate) conv.padding(1, 1);
        ConvolutionLayer middle = (fast ? new FastConvolution.Builder(3, 3) : new ConvolutionLayer.Builder(3, 3))
                .nOut(2).activation(frozenMiddle ? act : Activation.IDENTITY).convolutionMode(ConvolutionMode.Same).build();
        ComputationGraph g = new ComputationGraph(new NeuralNetConfiguration.Builder()
                .seed(3).weightInit(WeightInit.XAVIER).updater(new Sgd(0.1)).dataType(DataType.FLOAT)
                .graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(h, w, channels))
                .addLayer("conv", conv.build(), "in")
                .addLayer("conv2", frozenMiddle ? new FrozenLayerWithBackprop(middle) : middle, "conv")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4).activation(Activation.SOFTMAX).build(), "conv2")
                .setOutputs("out").build());
        g.init();
        return g;
    }
}

package org.synesthesia.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class DiffAugmentTest {

    private static final int N = 3;
    private static final int C = 2;
    private static final int H = 9;
    private static final int W = 12;

    @Test
    void theBackwardPassIsTheTransposeOfTheForwardPass() {
        Random rng = new Random(5);
        DiffAugment.Plan[] plans = new DiffAugment.Plan[N];
        for (int i = 0; i < N; i++) plans[i] = DiffAugment.Plan.draw(rng, H, W);
        float[] x = random(rng, N * C * H * W);
        float[] y = random(rng, N * C * H * W);
        float[] tx = new float[x.length];
        float[] ty = new float[y.length];
        DiffAugment.transform(x, tx, plans, C, H, W, false);
        DiffAugment.transform(y, ty, plans, C, H, W, true);
        // <T x, y> = <x, T' y> for every x and y is what makes T' the gradient of T
        assertEquals(dot(tx, y), dot(x, ty), 1e-4);
    }

    @Test
    void aPixelMovesByTheShiftAndVanishesUnderTheCut() {
        float[] x = new float[C * H * W];
        x[1 * H * W + 3 * W + 4] = 1f; // channel 1, row 3, column 4
        float[] out = new float[x.length];
        DiffAugment.transform(x, out, new DiffAugment.Plan[] {new DiffAugment.Plan(2, -1, 0, 0, 0, 0)}, C, H, W, false);
        assertEquals(1f, out[1 * H * W + 5 * W + 3]);
        assertEquals(1f, sum(out), "nothing else is lit");
        DiffAugment.transform(x, out, new DiffAugment.Plan[] {new DiffAugment.Plan(2, -1, 4, 6, 0, 4)}, C, H, W, false);
        assertEquals(0f, sum(out), "the cut covers row 5, column 3");
        DiffAugment.transform(x, out, new DiffAugment.Plan[] {new DiffAugment.Plan(6, 0, 0, 0, 0, 0)}, C, H, W, false);
        assertEquals(0f, sum(out), "shifted out of the picture");
    }

    @Test
    void drawsStayWithinAnEighthOfTheSideAndCutAtMostHalf() {
        Random rng = new Random(1);
        boolean moved = false;
        for (int t = 0; t < 2000; t++) {
            DiffAugment.Plan p = DiffAugment.Plan.draw(rng, 64, 44);
            assertTrue(Math.abs(p.dy()) <= 8 && Math.abs(p.dx()) <= 6, p.toString());
            assertTrue(p.cy1() - p.cy0() <= 32 && p.cx1() - p.cx0() <= 22 && p.cy0() >= 0 && p.cy1() <= 64 && p.cx1() <= 44, p.toString());
            moved |= p.dy() == 8 || p.dx() == -6;
        }
        assertTrue(moved, "the extreme shifts are drawn");
    }

    @Test
    void inAGraphItAugmentsOnlyTrainingPassesAndFollowsItsSeed() {
        ComputationGraph net = new ComputationGraph(new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT).graphBuilder()
                .addInputs("x").setInputTypes(InputType.convolutional(H, W, C))
                .addLayer("aug", new DiffAugment(), "x")
                .addLayer("out", new CnnLossLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY).build(), "aug")
                .setOutputs("out").build());
        net.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, N, C, H, W);
        assertEquals(x, net.output(false, x)[0], "a test pass is the identity");
        DiffAugment.reseed(net, 42);
        INDArray a = net.feedForward(new INDArray[] {x}, true).get("aug").dup();
        DiffAugment.reseed(net, 42);
        INDArray b = net.feedForward(new INDArray[] {x}, true).get("aug").dup();
        assertFalse(a.equals(x), "a training pass augments");
        assertEquals(a, b, "the same seed, the same augmentation");
        // and the graph's JSON names the layer, so saved discriminators read back
        ComputationGraph back = new ComputationGraph(org.deeplearning4j.nn.conf.ComputationGraphConfiguration.fromJson(net.getConfiguration().toJson()));
        back.init();
        DiffAugment.reseed(back, 42);
        assertEquals(a, back.feedForward(new INDArray[] {x}, true).get("aug"));
    }

    private static float[] random(Random rng, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) rng.nextGaussian();
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) s += v;
        return s;
    }
}

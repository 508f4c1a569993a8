package org.synesthesia.nn;

import java.util.Collection;
import java.util.Random;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Differentiable augmentation for a discriminator's input (DiffAugment, Zhao et al. 2020):
 * in training passes each sample is translated by up to an eighth of its size (zeros fill in) and
 * then has a half-size rectangle cut out, and gradients flow back through the same transform. D
 * sees every real and every fake only augmented, so it cannot memorise a small training set, and
 * G, trained through the same augmentation, is not taught to draw it. Test passes leave the input
 * as it is.
 *
 * <p>The transform of a pass is drawn from the layer's own generator, which {@link #reseed} sets,
 * so that a run's steps are reproducible and a resumed run augments as an unbroken one does.
 * Saved models name this class in their JSON configuration.
 */
public class DiffAugment extends ActivationLayer {

    /** The largest translation, as a share of the side (DiffAugment's {@code ratio} 0.125). */
    static final double SHIFT = 0.125;
    /** The cut-out rectangle's side, as a share of the sample's (DiffAugment's 0.5). */
    static final double CUTOUT = 0.5;

    /** For Jackson, when a saved model is read, and for graphs. */
    public DiffAugment() {
        setActivationFn(Activation.IDENTITY.getActivationFunction());
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        Runtime layer = new Runtime(conf, dataType);
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(initializer().init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }

    /** Sets the generator of every {@link DiffAugment} layer of {@code net}; layer {@code k} of them gets {@code seed + k}. */
    public static void reseed(ComputationGraph net, long seed) {
        int k = 0;
        for (Layer layer : net.getLayers()) {
            if (layer instanceof Runtime r) r.rng = new Random(seed + k++);
        }
    }

    /**
     * One sample's transform, all in pixels: the output at {@code (y, x)} is the input at
     * {@code (y - dy, x - dx)}, or 0 where that lies outside, or inside the cut rows
     * {@code [cy0, cy1)} and columns {@code [cx0, cx1)}.
     */
    record Plan(int dy, int dx, int cy0, int cy1, int cx0, int cx1) {

        /** DiffAugment's draw for an {@code h x w} sample. */
        static Plan draw(Random rng, int h, int w) {
            int sy = (int) (h * SHIFT + 0.5);
            int sx = (int) (w * SHIFT + 0.5);
            int dy = rng.nextInt(2 * sy + 1) - sy;
            int dx = rng.nextInt(2 * sx + 1) - sx;
            int ch = (int) (h * CUTOUT + 0.5);
            int cw = (int) (w * CUTOUT + 0.5);
            // the rectangle's centre anywhere in the sample, the rectangle clipped to it
            int y = rng.nextInt(h + (1 - h % 2));
            int x = rng.nextInt(w + (1 - w % 2));
            return new Plan(dy, dx, Math.max(0, y - ch / 2), Math.min(h, y - ch / 2 + ch), Math.max(0, x - cw / 2), Math.min(w, x - cw / 2 + cw));
        }

        /** Where the output at {@code (y, x)} comes from, as {@code sy * w + sx}, or -1 for a zero. */
        int source(int y, int x, int h, int w) {
            if (y >= cy0 && y < cy1 && x >= cx0 && x < cx1) return -1;
            int sy = y - dy;
            int sx = x - dx;
            return sy >= 0 && sy < h && sx >= 0 && sx < w ? sy * w + sx : -1;
        }
    }

    /**
     * Applies sample {@code i}'s plan to {@code from} ({@code [n][c][h][w]} in C order) into
     * {@code to}, or with {@code adjoint} its transpose: it sends each output's gradient back to
     * the input pixel it came from. Both arrays are written in full.
     */
    static void transform(float[] from, float[] to, Plan[] plans, int c, int h, int w, boolean adjoint) {
        int plane = h * w;
        java.util.Arrays.fill(to, 0, plans.length * c * plane, 0f);
        for (int i = 0; i < plans.length; i++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int s = plans[i].source(y, x, h, w);
                    if (s < 0) continue;
                    for (int k = 0; k < c; k++) {
                        int base = (i * c + k) * plane;
                        if (adjoint) to[base + s] = from[base + y * w + x];
                        else to[base + y * w + x] = from[base + s];
                    }
                }
            }
        }
    }

    /** The layer as it runs. */
    static final class Runtime extends org.deeplearning4j.nn.layers.ActivationLayer {

        private Random rng = new Random(0);
        /** The plans of the last training pass, for its backward pass; null after a test pass. */
        private Plan[] plans;
        private float[] readScratch;
        private float[] writeScratch;

        Runtime(NeuralNetConfiguration conf, DataType dataType) { super(conf, dataType); }

        @Override
        public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
            assertInputSet(false);
            if (input.rank() != 4 || input.dataType() != DataType.FLOAT) {
                throw new IllegalStateException("DiffAugment " + layerConf().getLayerName() + " takes float [n, c, h, w] samples, not " + input.shapeInfoToString());
            }
            if (!training) {
                plans = null;
                return mgr.dup(ArrayType.ACTIVATIONS, input, 'c');
            }
            int h = (int) input.size(2);
            int w = (int) input.size(3);
            plans = new Plan[(int) input.size(0)];
            for (int i = 0; i < plans.length; i++) plans[i] = Plan.draw(rng, h, w);
            return apply(input, false, ArrayType.ACTIVATIONS, mgr);
        }

        @Override
        public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
            assertInputSet(true);
            INDArray back = plans == null ? mgr.dup(ArrayType.ACTIVATION_GRAD, epsilon, 'c') : apply(epsilon, true, ArrayType.ACTIVATION_GRAD, mgr);
            return new Pair<>(new DefaultGradient(), back);
        }

        private INDArray apply(INDArray a, boolean adjoint, ArrayType type, LayerWorkspaceMgr mgr) {
            int length = (int) a.length();
            float[] from = readScratch = FloatArrays.read(a, readScratch);
            float[] to = writeScratch = FloatArrays.scratch(writeScratch, length);
            transform(from, to, plans, (int) a.size(1), (int) a.size(2), (int) a.size(3), adjoint);
            INDArray out = mgr.createUninitialized(type, DataType.FLOAT, a.shape(), 'c');
            FloatArrays.write(to, length, out);
            return out;
        }
    }
}

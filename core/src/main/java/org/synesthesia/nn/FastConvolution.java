package org.synesthesia.nn;

import java.nio.FloatBuffer;
import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's 2-D convolution layer with the same parameters, configuration and results, computed
 * through {@link Im2col}'s contiguous patch matrix and one matrix product per pass. DL4J's own CPU
 * path spent half of a classifier step building its patch matrix through a permuted view (JFR
 * profile of {@code StepTiming lms encoder 32}); this one spends its time in the matrix products.
 *
 * <p>It handles float NCHW convolutions without dilation on the CPU backend; anything else (a GPU
 * backend included) falls back to DL4J's code.
 * Saved models name this class in their JSON configuration.
 */
public class FastConvolution extends ConvolutionLayer {

    /** For Jackson, when a saved model is read. */
    public FastConvolution() {}

    protected FastConvolution(Builder builder) { super(builder); }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        LayerValidation.assertNInNOutSet("FastConvolution", getLayerName(), index, getNIn(), getNOut());
        Runtime layer = new Runtime(conf, dataType);
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(paramsView);
        Map<String, INDArray> table = initializer().init(conf, paramsView, initializeParams);
        layer.setParamTable(table);
        layer.setConf(conf);
        return layer;
    }

    /**
     * A builder of the convolution the networks use: this one, or DL4J's own when the system
     * property {@code synesthesia.dl4jConvolution} is true (for side-by-side benchmarks).
     */
    public static ConvolutionLayer.Builder builder(int... kernelSize) {
        return Boolean.getBoolean("synesthesia.dl4jConvolution") ? new ConvolutionLayer.Builder(kernelSize) : new Builder(kernelSize);
    }

    /** Builds a {@link FastConvolution} with {@link ConvolutionLayer.Builder}'s options. */
    public static class Builder extends ConvolutionLayer.Builder {
        public Builder(int... kernelSize) { super(kernelSize); }

        @Override
        public FastConvolution build() {
            ConvolutionUtils.validateConvolutionModePadding(convolutionMode, padding);
            ConvolutionUtils.validateCnnKernelStridePadding(kernelSize, stride, padding);
            return new FastConvolution(this);
        }
    }

    /** The layer as it runs. */
    static final class Runtime extends org.deeplearning4j.nn.layers.convolution.ConvolutionLayer {

        private static final boolean CPU = Nd4j.getEnvironment().isCPU();

        Runtime(NeuralNetConfiguration conf, DataType dataType) { super(conf, dataType); }

        private boolean handled() {
            ConvolutionLayer c = layerConf();
            int[] d = c.getDilation();
            // on a GPU backend DL4J's own layer (cuDNN) is the fast one
            return CPU && input != null && input.rank() == 4 && input.dataType() == DataType.FLOAT
                    && c.getCnn2dDataFormat() == CNN2DFormat.NCHW && d[0] == 1 && d[1] == 1;
        }

        private Im2col.Geometry geometry(INDArray weights) {
            ConvolutionLayer c = layerConf();
            int[] kernel = c.getKernelSize();
            int[] stride = c.getStride();
            int[] dilation = c.getDilation();
            int h = (int) input.size(2);
            int w = (int) input.size(3);
            if (input.size(1) != weights.size(1)) {
                throw new IllegalArgumentException("layer " + c.getLayerName() + " expects " + weights.size(1)
                        + " input channels, got " + input.size(1));
            }
            int[] pad;
            int[] out;
            if (convolutionMode == ConvolutionMode.Same) {
                out = ConvolutionUtils.getOutputSize(input, kernel, stride, null, convolutionMode, dilation, CNN2DFormat.NCHW);
                pad = ConvolutionUtils.getSameModeTopLeftPadding(out, new int[] {h, w}, kernel, stride, dilation);
            } else {
                pad = c.getPadding();
                out = ConvolutionUtils.getOutputSize(input, kernel, stride, pad, convolutionMode, dilation, CNN2DFormat.NCHW);
            }
            return new Im2col.Geometry((int) input.size(0), (int) input.size(1), h, w, kernel[0], kernel[1],
                    stride[0], stride[1], pad[0], pad[1], out[0], out[1]);
        }

        @Override
        protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop, LayerWorkspaceMgr mgr) {
            if (!handled()) return super.preOutput(training, forBackprop, mgr);
            assertInputSet(false);
            INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, training, mgr);
            Im2col.Geometry g = geometry(weights);
            int outChannels = (int) weights.size(0);
            INDArray product = Nd4j.gemm(matrix(weights, outChannels, g.rows()), patches(g), false, false);
            float[] byChannel = read(product);
            if (hasBias()) {
                float[] bias = read(getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, training, mgr));
                int columns = g.columns();
                for (int o = 0; o < outChannels; o++) {
                    for (int k = o * columns, end = k + columns; k < end; k++) byChannel[k] += bias[o];
                }
            }
            float[] z = new float[byChannel.length];
            Im2col.imagesFirst(byChannel, g.n(), outChannels, g.oh() * g.ow(), z);
            INDArray out = mgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, new long[] {g.n(), outChannels, g.oh(), g.ow()}, 'c');
            write(z, out);
            return new Pair<>(out, null);
        }

        @Override
        public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
            if (!handled()) return super.backpropGradient(epsilon, mgr);
            assertInputSet(true);
            INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, mgr);
            Im2col.Geometry g = geometry(weights);
            int outChannels = (int) weights.size(0);
            INDArray delta = epsilon;
            if (!(layerConf().getActivationFn() instanceof ActivationIdentity)) {
                INDArray z = preOutput(true, true, mgr).getFirst();
                delta = layerConf().getActivationFn().backprop(z, epsilon).getFirst();
            }
            int positions = g.oh() * g.ow();
            float[] deltaByChannel = new float[outChannels * g.columns()];
            Im2col.channelsFirst(read(delta), g.n(), outChannels, positions, deltaByChannel);
            INDArray delta2d = matrix(deltaByChannel, outChannels, g.columns());

            // the patch matrix is rebuilt rather than kept from the forward pass: it is cheap, and
            // large at full resolution
            INDArray col2d = patches(g);

            INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
            write(read(Nd4j.gemm(delta2d, col2d, false, true)), weightGrad);

            float[] colGrad = read(Nd4j.gemm(matrix(weights, outChannels, g.rows()), delta2d, true, false));
            float[] eps = new float[g.n() * g.c() * g.h() * g.w()];
            Im2col.col2im(colGrad, g, eps);
            INDArray epsNext = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, new long[] {g.n(), g.c(), g.h(), g.w()}, 'c');
            write(eps, epsNext);

            Gradient gradient = new DefaultGradient();
            if (hasBias()) {
                INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
                float[] sums = new float[outChannels];
                int columns = g.columns();
                for (int o = 0; o < outChannels; o++) {
                    double s = 0;
                    for (int k = o * columns, end = k + columns; k < end; k++) s += deltaByChannel[k];
                    sums[o] = (float) s;
                }
                write(sums, biasGrad);
                gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
            }
            gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
            weightNoiseParams.clear();
            return new Pair<>(gradient, epsNext);
        }

        /** The input's patch matrix, {@code [C*kH*kW][N*oH*oW]}. */
        private INDArray patches(Im2col.Geometry g) {
            float[] col = new float[g.rows() * g.columns()];
            Im2col.im2col(read(input), g, col);
            return matrix(col, g.rows(), g.columns());
        }

        /** A {@code rows x columns} C-order matrix holding {@code values} (Nd4j.create copies element by element). */
        private static INDArray matrix(float[] values, int rows, int columns) {
            INDArray m = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, columns}, 'c');
            write(values, m);
            return m;
        }

        /** The weights {@code [oC][C][kH][kW]} as the matrix {@code [oC][C*kH*kW]}. */
        private static INDArray matrix(INDArray weights, int rows, int columns) {
            INDArray c = contiguous(weights);
            return c.reshape('c', rows, columns);
        }

        private static INDArray contiguous(INDArray a) {
            return inCOrder(a) ? a : a.dup('c');
        }

        /** Whether {@code a}'s elements lie one after another in C order. */
        private static boolean inCOrder(INDArray a) {
            long expected = 1;
            for (int d = a.rank() - 1; d >= 0; d--) {
                if (a.size(d) != 1 && a.stride(d) != expected) return false;
                expected *= a.size(d);
            }
            return true;
        }

        /** The elements of {@code a} in C order. */
        static float[] read(INDArray a) {
            INDArray c = contiguous(a);
            float[] out = new float[(int) c.length()];
            FloatBuffer buffer = c.data().asNioFloat();
            buffer.position((int) c.offset());
            buffer.get(out);
            return out;
        }

        /** Writes {@code values} in C order into {@code target}, which must be C-contiguous. */
        static void write(float[] values, INDArray target) {
            if (target.length() != values.length || !inCOrder(target)) {
                throw new IllegalStateException("cannot write " + values.length + " values into " + target.shapeInfoToString());
            }
            FloatBuffer buffer = target.data().asNioFloat();
            buffer.position((int) target.offset());
            buffer.put(values);
        }
    }
}

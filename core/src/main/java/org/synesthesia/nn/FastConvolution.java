package org.synesthesia.nn;

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

        // buffers reused from pass to pass: at full resolution a patch matrix is tens of megabytes,
        // and allocating it afresh each time cost more than filling it
        private float[] colScratch;
        private float[] inputRead;
        private float[] productScratch;
        private float[] zScratch;
        private float[] deltaRead;
        private float[] deltaScratch;
        private float[] epsScratch;
        /** The input of the last forward pass, whose patch matrix and pre-activation are in the scratch buffers. */
        private INDArray passInput;

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
            INDArray product = mgr.createUninitialized(ArrayType.FF_WORKING_MEM, DataType.FLOAT, new long[] {outChannels, g.columns()}, 'c');
            Nd4j.gemm(matrix(weights, outChannels, g.rows()), patches(g, ArrayType.FF_WORKING_MEM, mgr), product, false, false, 1.0, 0.0);
            float[] byChannel = productScratch = FloatArrays.read(product, productScratch);
            if (hasBias()) {
                float[] bias = FloatArrays.read(getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, training, mgr), null);
                int columns = g.columns();
                for (int o = 0; o < outChannels; o++) {
                    for (int k = o * columns, end = k + columns; k < end; k++) byChannel[k] += bias[o];
                }
            }
            int length = outChannels * g.columns();
            float[] z = zScratch = FloatArrays.scratch(zScratch, length);
            Im2col.imagesFirst(byChannel, g.n(), outChannels, g.oh() * g.ow(), z);
            // kept for a backward pass, which may follow a test-mode pass too (a frozen layer that
            // passes gradients back)
            passInput = input;
            INDArray out = mgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, new long[] {g.n(), outChannels, g.oh(), g.ow()}, 'c');
            FloatArrays.write(z, length, out);
            return new Pair<>(out, null);
        }

        @Override
        public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
            if (!handled()) return super.backpropGradient(epsilon, mgr);
            assertInputSet(true);
            INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, mgr);
            Im2col.Geometry g = geometry(weights);
            int outChannels = (int) weights.size(0);
            int positions = g.oh() * g.ow();
            int deltaLength = outChannels * g.columns();
            // the forward pass of this same input left its patch matrix and pre-activation behind
            boolean kept = passInput == input;
            INDArray delta = epsilon;
            if (!(layerConf().getActivationFn() instanceof ActivationIdentity)) {
                INDArray z;
                if (kept) {
                    z = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, epsilon.shape(), 'c');
                    FloatArrays.write(zScratch, deltaLength, z);
                } else {
                    z = preOutput(true, true, mgr).getFirst();
                }
                delta = layerConf().getActivationFn().backprop(z, epsilon).getFirst();
            }
            float[] deltaByChannel = deltaScratch = FloatArrays.scratch(deltaScratch, deltaLength);
            Im2col.channelsFirst(deltaRead = FloatArrays.read(delta, deltaRead), g.n(), outChannels, positions, deltaByChannel);
            INDArray delta2d = matrix(deltaByChannel, outChannels, g.columns(), ArrayType.BP_WORKING_MEM, mgr);

            // kept from the forward pass (or from the recomputation just above)
            INDArray col2d = passInput == input ? matrix(colScratch, g.rows(), g.columns(), ArrayType.BP_WORKING_MEM, mgr)
                    : patches(g, ArrayType.BP_WORKING_MEM, mgr);
            passInput = null;

            INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
            INDArray weightGrad2d = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, new long[] {outChannels, g.rows()}, 'c');
            Nd4j.gemm(delta2d, col2d, weightGrad2d, false, true, 1.0, 0.0);
            weightGrad.assign(weightGrad2d.reshape('c', weightGrad.shape()));

            INDArray colGrad = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, new long[] {g.rows(), g.columns()}, 'c');
            Nd4j.gemm(matrix(weights, outChannels, g.rows()), delta2d, colGrad, true, false, 1.0, 0.0);
            int inputLength = g.n() * g.c() * g.h() * g.w();
            float[] eps = epsScratch = FloatArrays.scratch(epsScratch, inputLength);
            Im2col.col2im(colScratch = FloatArrays.read(colGrad, colScratch), g, eps);
            INDArray epsNext = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, new long[] {g.n(), g.c(), g.h(), g.w()}, 'c');
            FloatArrays.write(eps, inputLength, epsNext);

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
                FloatArrays.write(sums, outChannels, biasGrad);
                gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
            }
            gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
            weightNoiseParams.clear();
            return new Pair<>(gradient, epsNext);
        }

        /** The input's patch matrix, {@code [C*kH*kW][N*oH*oW]}, in {@code colScratch} and as a matrix in the layer's working memory. */
        private INDArray patches(Im2col.Geometry g, ArrayType type, LayerWorkspaceMgr mgr) {
            float[] col = colScratch = FloatArrays.scratch(colScratch, g.rows() * g.columns());
            Im2col.im2col(inputRead = FloatArrays.read(input, inputRead), g, col);
            return matrix(col, g.rows(), g.columns(), type, mgr);
        }

        /** A {@code rows x columns} C-order matrix in the layer's working memory holding the first values of {@code values}. */
        private static INDArray matrix(float[] values, int rows, int columns, ArrayType type, LayerWorkspaceMgr mgr) {
            INDArray m = mgr.createUninitialized(type, DataType.FLOAT, new long[] {rows, columns}, 'c');
            FloatArrays.write(values, rows * columns, m);
            return m;
        }

        /** The weights {@code [oC][C][kH][kW]} as the matrix {@code [oC][C*kH*kW]}. */
        private static INDArray matrix(INDArray weights, int rows, int columns) {
            INDArray c = FloatArrays.contiguous(weights);
            return c.reshape('c', rows, columns);
        }
    }
}

package org.synesthesia.nn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.lossfunctions.impl.LossL2;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.synesthesia.instrument.Instrument;

/**
 * Builds the classifier graphs. Encoders and judges are deliberately different networks: encoders
 * use 3x3 kernels and one strided conv per stage (max pooling over waveforms); judges open with a
 * 5x5 kernel, use two convs per stage (average pooling over waveforms) and a wider trunk, so no
 * generator is graded by a twin of its conditioner.
 * Every graph names its penultimate layer {@value #EMBEDDING}; heads are {@value #INSTRUMENT}
 * (softmax over the 13 instruments), {@value #POSE} (sigmoid, a {@link PoseHead}) and {@value #PITCH}.
 */
public final class ClassifierNets {

    public static final String INPUT = "input";
    public static final String EMBEDDING = "embedding";
    public static final String INSTRUMENT = "instrument";
    public static final String POSE = "pose";
    public static final String PITCH = "pitch";

    private ClassifierNets() {}

    /** The output names of a config's graph, in order. */
    public static String[] outputs(ClassifierConfig c) {
        // the pose regressor names the instrument too: it picks the pose block to read on images
        // whose instrument no one gave, and it makes the trunk tell the instruments apart
        if (c.role().equals("pose")) return new String[] {INSTRUMENT, POSE};
        if (c.keepPose()) return new String[] {INSTRUMENT, POSE, PITCH};
        return new String[] {INSTRUMENT};
    }

    /**
     * A fresh, initialized graph for {@code config} reading inputs of {@code shape}, to be trained
     * for {@code totalSteps} steps: with {@link ClassifierConfig#decay()} the step size reaches zero
     * there. The schedule lives in the graph's configuration and its iteration count in the
     * checkpoint, so a resumed run decays on where it stopped.
     */
    public static ComputationGraph build(ClassifierConfig config, InputShape shape, long totalSteps) {
        boolean judge = !config.role().equals("encoder");
        var g = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .updater(config.decay()
                        ? new Adam(new LinearDecay(config.learningRate(), Math.toIntExact(totalSteps)))
                        : new Adam(config.learningRate()))
                .weightInit(WeightInit.RELU)
                .l2(1e-4)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(shape.inputType());
        String last = shape.isWaveform() ? waveTrunk(g, config, judge) : gridTrunk(g, config, shape, judge);
        if (shape.isWaveform()) {
            // time-invariant: what plays matters, not when in the chunk
            g.addLayer("pool", new GlobalPoolingLayer.Builder(judge ? PoolingType.AVG : PoolingType.MAX).build(), last);
            last = "pool";
        }
        // spectrograms and images keep their small final grid: where energy sits in frequency, and
        // where the instrument sits in the frame, is what tells instruments and poses apart
        if (config.keepPose() && !shape.isWaveform() && !judge) last = withSpectrum(g, shape, last);
        g.addLayer(EMBEDDING, new DenseLayer.Builder().nOut(config.embeddingSize()).activation(Activation.RELU).build(), last);
        // the encoder's pitch and pose heads are weighted; the pose regressor's head is its task
        double aux = config.keepPose() ? config.keepPoseWeight() : 1;
        for (String out : outputs(config)) {
            switch (out) {
                case INSTRUMENT -> g.addLayer(INSTRUMENT, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(Instrument.count()).activation(Activation.SOFTMAX).build(), EMBEDDING);
                // summed, not averaged, over the head: a mean over 13 blocks of which one is trained
                // shrank the pose loss 13-fold beside the L2 penalty, and learning slowed
                case POSE -> g.addLayer(POSE, new OutputLayer.Builder(new LossL2(weights(PoseHead.SIZE, aux)))
                        .nOut(PoseHead.SIZE).activation(Activation.SIGMOID).build(), EMBEDDING);
                case PITCH -> g.addLayer(PITCH, new OutputLayer.Builder(new LossMSE(weights(1, aux)))
                        .nOut(1).activation(Activation.SIGMOID).build(), EMBEDDING);
                default -> throw new IllegalStateException(out);
            }
        }
        ComputationGraphConfiguration conf = g.setOutputs(outputs(config)).build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    /** Features per frequency bin of a keep-pose encoder's spectrum path. */
    static final int SPECTRUM_FEATURES = 4;

    /**
     * A path beside the trunk for encoders that keep the pose: {@value #SPECTRUM_FEATURES} kernels
     * as long as the chunk weigh its frames into features per frequency bin, in place, and a dense
     * layer reads them. The trunk halves the frequency axis at every stage, to 6 cells over 84 CQT
     * bins, so this path was added to hear the pitch, and so the hand, more finely. Measured on the
     * medium pairs (keepPoseWeight 30, 40 epochs, one seed each): it did not change the hand error
     * (0.036 with and without it), and instrument accuracy was 0.908 with it against 0.885 without,
     * a difference of about one and a half standard errors. What resolved the hand was the heads'
     * weight and the epochs ({@link ClassifierConfig#KEEP_POSE_WEIGHT}).
     *
     * @return the vertex that joins the trunk's flattened grid with the path
     */
    private static String withSpectrum(ComputationGraphConfiguration.GraphBuilder g, InputShape s, String trunk) {
        var grid = (InputType.InputTypeConvolutional) g.getLayerActivationTypes().get(trunk);
        g.addVertex("trunk_flat", new PreprocessorVertex(new CnnToFeedForwardPreProcessor(grid.getHeight(), grid.getWidth(), grid.getChannels())), trunk);
        g.addLayer("spectrum", new ConvolutionLayer.Builder(1, s.width()).convolutionMode(ConvolutionMode.Truncate)
                .nOut(SPECTRUM_FEATURES).activation(Activation.IDENTITY).build(), INPUT);
        g.addVertex("spectrum_flat", new PreprocessorVertex(new CnnToFeedForwardPreProcessor(s.height(), 1, SPECTRUM_FEATURES)), "spectrum");
        g.addLayer("spectrum_dense", new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build(), "spectrum_flat");
        g.addVertex("features", new MergeVertex(), "trunk_flat", "spectrum_dense");
        return "features";
    }

    /** A loss's per-output weights, all {@code w}. */
    private static INDArray weights(int n, double w) {
        return Nd4j.valueArrayOf(new long[] {1, n}, w, DataType.FLOAT);
    }

    /**
     * Conv stages over a spectrogram or image, halving the grid until it is about 4 on a side. The
     * last conv of a stage strides by 2 instead of a pooling layer: DL4J's CPU pooling cost a fifth
     * of a step, and a strided conv does a quarter of the work of a full-grid one.
     */
    private static String gridTrunk(ComputationGraphConfiguration.GraphBuilder g, ClassifierConfig c, InputShape s, boolean judge) {
        String last = INPUT;
        int channels = c.width();
        int h = s.height();
        int w = s.width();
        int kernel = judge ? 5 : 3;
        for (int stage = 0; Math.min(h, w) > 4 || stage < 2; stage++) {
            int convs = judge ? 2 : 1;
            int sh = h > 4 ? 2 : 1;
            int sw = w > 4 ? 2 : 1;
            for (int k = 0; k < convs; k++) {
                String id = "s" + stage + "c" + k;
                boolean strided = k == convs - 1;
                int size = stage == 0 && k == 0 ? kernel : 3;
                g.addLayer(id, FastConvolution.builder(size, size).stride(strided ? sh : 1, strided ? sw : 1)
                        .nOut(channels).activation(Activation.IDENTITY).hasBias(false).build(), last);
                g.addLayer(id + "bn", new BatchNormalization.Builder().build(), id);
                g.addLayer(id + "act", new ActivationLayer.Builder().activation(Activation.RELU).build(), id + "bn");
                last = id + "act";
            }
            h = (h + sh - 1) / sh;
            w = (w + sw - 1) / sw;
            channels = Math.min(channels * 2, c.width() * 8);
            if (stage > 8) break;
        }
        return last;
    }

    /** Strided 1-D convolutions over the raw waveform, as in sample-level sound classifiers. */
    private static String waveTrunk(ComputationGraphConfiguration.GraphBuilder g, ClassifierConfig c, boolean judge) {
        int[] kernels = judge ? new int[] {64, 7, 7, 7} : new int[] {32, 9, 9, 9};
        int[] strides = judge ? new int[] {8, 1, 1, 1} : new int[] {4, 1, 1, 1};
        String last = INPUT;
        int channels = c.width();
        for (int stage = 0; stage < kernels.length; stage++) {
            String id = "w" + stage;
            g.addLayer(id, new Convolution1DLayer.Builder().kernelSize(kernels[stage]).stride(strides[stage])
                    .nOut(channels).activation(Activation.RELU).build(), last);
            last = id;
            if (stage < kernels.length - 1) {
                g.addLayer(id + "pool", new Subsampling1DLayer.Builder(judge ? PoolingType.AVG : PoolingType.MAX)
                        .kernelSize(4).stride(4).build(), last);
                last = id + "pool";
            }
            channels = Math.min(channels * 2, c.width() * 8);
        }
        return last;
    }
}

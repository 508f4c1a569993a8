package org.synesthesia.gan;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.synesthesia.nn.DiffAugment;
import org.synesthesia.nn.FastConvolution;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.nn.InputShape;

/**
 * Builds the three graphs of a conditional GAN for one sample shape (an image {@code [3, 64, 64]}
 * or a spectrogram {@code [1, mels, frames]}): the generator G (inputs {@value #NOISE},
 * {@value #CONDITION}; output {@value #G_OUT}), the discriminator D (inputs {@value #SAMPLE},
 * {@value #CONDITION}; output {@value #D_LOSS}, a sigmoid probability, and with the auxiliary class
 * head also {@value #D_CLASS}, softmax probabilities over the instruments), and the combined graph
 * that trains G through a frozen copy of D. Layers keep the same names in every graph (prefix
 * {@code g_} or {@code d_}), so weights move between graphs by name.
 */
public final class GanNets {

    public static final String NOISE = "z";
    public static final String CONDITION = "c";
    public static final String SAMPLE = "x";
    public static final String G_OUT = "g_out";
    public static final String D_LOSS = "d_loss";
    public static final String D_CLASS = "d_class";
    /** D's augmentation layer, with {@link GanConfig#augment()}. */
    public static final String AUGMENT = "d_aug";
    /** Classes of the auxiliary head: the instruments. */
    public static final int CLASSES = Instrument.count();
    /** Features per row of D's row-by-row path, with {@link GanConfig#bands()}. */
    static final int BANDS = 4;
    public static final String G_PREFIX = "g_";
    public static final String D_PREFIX = "d_";

    private GanNets() {}

    /** A standalone G, for the fakes of a D step, the EMA copy and sampling. */
    public static ComputationGraph generator(GanConfig c, InputShape sample, int conditionSize) {
        GraphBuilder g = builder(c, c.lrG())
                .addInputs(NOISE, CONDITION)
                .setInputTypes(InputType.feedForward(c.noiseSize()), InputType.feedForward(conditionSize));
        addGenerator(g, c, sample);
        return init(g.setOutputs(G_OUT));
    }

    /** D alone, trained on real, fake and mismatched pairs. It has no BatchNorm, so its frozen copy behaves the same. */
    public static ComputationGraph discriminator(GanConfig c, InputShape sample, int conditionSize) {
        GraphBuilder g = builder(c, c.lrD())
                .addInputs(SAMPLE, CONDITION)
                .setInputTypes(InputType.convolutional(sample.height(), sample.width(), sample.channels()),
                        InputType.feedForward(conditionSize));
        addDiscriminator(g, c, sample, SAMPLE, false);
        return init(g.setOutputs(outputs(c)));
    }

    /** G followed by a copy of D whose layers are frozen but pass gradients back to G. */
    public static ComputationGraph combined(GanConfig c, InputShape sample, int conditionSize) {
        return combined(c, sample, conditionSize, null);
    }

    /**
     * As {@link #combined(GanConfig, InputShape, int)}, with {@code guide}'s frozen layers reading
     * G's samples beside D when the config asks for a pose guide; its weights are copied in here.
     */
    public static ComputationGraph combined(GanConfig c, InputShape sample, int conditionSize, PoseGuide guide) {
        if (c.poseGuided() && guide == null) throw new IllegalArgumentException("poseWeight above 0 needs a pose guide");
        GraphBuilder g = builder(c, c.lrG())
                .addInputs(NOISE, CONDITION)
                .setInputTypes(InputType.feedForward(c.noiseSize()), InputType.feedForward(conditionSize));
        String fake = addGenerator(g, c, sample);
        addDiscriminator(g, c, sample, fake, true);
        if (c.poseGuided()) guide.addTo(g, fake);
        ComputationGraph net = init(g.setOutputs(c.poseGuided() ? append(outputs(c), PoseGuide.OUT) : outputs(c)));
        if (c.poseGuided()) guide.copyInto(net);
        return net;
    }

    private static String[] outputs(GanConfig c) {
        return c.classHead() ? new String[] {D_LOSS, D_CLASS} : new String[] {D_LOSS};
    }

    private static String[] append(String[] names, String name) {
        String[] all = java.util.Arrays.copyOf(names, names.length + 1);
        all[names.length] = name;
        return all;
    }

    /** Copies the weights (and BatchNorm statistics) of every layer whose name starts with {@code prefix}. */
    public static void copyLayers(ComputationGraph from, ComputationGraph to, String prefix) {
        for (Layer layer : from.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (name.startsWith(prefix) && layer.numParams() > 0) to.getLayer(name).params().assign(layer.params());
        }
    }

    /** Whether every layer of {@code to} whose name starts with {@code prefix} is in {@code from}, with as many weights. */
    static boolean sameLayers(ComputationGraph from, ComputationGraph to, String prefix) {
        for (Layer layer : to.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (!name.startsWith(prefix) || layer.numParams() == 0) continue;
            if (from.getConfiguration().getVertices().get(name) == null || from.getLayer(name).numParams() != layer.numParams()) return false;
        }
        return true;
    }

    /** The upsampling factors of G's blocks, first block first; the last one reaches the sample's size. */
    static List<int[]> upsampling(InputShape s) {
        List<int[]> ups = new ArrayList<>();
        int h = s.height();
        int w = s.width();
        while (true) {
            int fh = h % 2 == 0 && h / 2 >= 4 ? 2 : 1;
            int fw = w % 2 == 0 && w / 2 >= 4 ? 2 : 1;
            if (fh * fw == 1) break;
            ups.add(0, new int[] {fh, fw});
            h /= fh;
            w /= fw;
        }
        return ups;
    }

    private static GraphBuilder builder(GanConfig c, double lr) {
        return new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(lr, c.beta1(), 0.999, 1e-8))
                .weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder();
    }

    private static ComputationGraph init(GraphBuilder g) {
        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        return net;
    }

    /** z ++ c -> dense -> small grid -> (upsample, conv3x3, BN, ReLU) blocks -> upsample -> conv3x3 -> tanh. */
    private static String addGenerator(GraphBuilder g, GanConfig c, InputShape s) {
        List<int[]> ups = upsampling(s);
        int h = s.height();
        int w = s.width();
        for (int[] f : ups) {
            h /= f[0];
            w /= f[1];
        }
        int channels = c.gWidth() * (1 << Math.min(3, ups.size()));
        g.addVertex("g_join", new MergeVertex(), NOISE, CONDITION);
        g.addLayer("g_fc", new DenseLayer.Builder().nOut((long) channels * h * w).activation(Activation.IDENTITY).hasBias(false).build(), "g_join");
        g.addLayer("g_fc_bn", new BatchNormalization.Builder().build(), "g_fc");
        g.addLayer("g_fc_act", new ActivationLayer.Builder().activation(Activation.RELU).build(), "g_fc_bn");
        g.addVertex("g_grid", new PreprocessorVertex(new FeedForwardToCnnPreProcessor(h, w, channels)), "g_fc_act");
        String last = "g_grid";
        for (int b = 0; b < ups.size(); b++) {
            channels = Math.max(c.gWidth(), channels / 2);
            g.addLayer("g_up" + b, new Upsampling2D.Builder().size(ups.get(b)).build(), last);
            last = "g_up" + b;
            // the last block goes straight to the sample's channels (as in DCGAN): a full-width conv
            // at full resolution would cost as much as all the others together
            if (b == ups.size() - 1) break;
            g.addLayer("g_conv" + b, FastConvolution.builder(3, 3).nOut(channels).activation(Activation.IDENTITY).hasBias(false).build(), "g_up" + b);
            g.addLayer("g_bn" + b, new BatchNormalization.Builder().build(), "g_conv" + b);
            g.addLayer("g_act" + b, new ActivationLayer.Builder().activation(Activation.RELU).build(), "g_bn" + b);
            last = "g_act" + b;
        }
        g.addLayer(G_OUT, FastConvolution.builder(3, 3).nOut(s.channels()).activation(Activation.TANH).build(), last);
        return G_OUT;
    }

    /**
     * Strided conv + LeakyReLU(0.2) down to a grid of about 4, flatten (beside the row-by-row
     * features, with {@link GanConfig#bands()}), then the conditioning head (and the class head).
     */
    private static void addDiscriminator(GraphBuilder g, GanConfig c, InputShape s, String sample, boolean frozen) {
        int h = s.height();
        int w = s.width();
        int channels = c.dWidth();
        int lastChannels = s.channels();
        String last = sample;
        if (c.augment()) {
            // not frozen in the combined graph: it has no weights, and it must augment there too
            g.addLayer(AUGMENT, new DiffAugment(), sample);
            last = AUGMENT;
        }
        String input = last;
        for (int k = 0; h > 4 || w > 4; k++) {
            int sh = h > 4 ? 2 : 1;
            int sw = w > 4 ? 2 : 1;
            String id = "d_conv" + k;
            add(g, id, FastConvolution.builder(sh == 2 ? 4 : 3, sw == 2 ? 4 : 3).stride(sh, sw).nOut(channels)
                    .activation(new ActivationLReLU(0.2)).build(), frozen, last);
            last = id;
            lastChannels = channels;
            h = (h + sh - 1) / sh;
            w = (w + sw - 1) / sw;
            channels = Math.min(channels * 2, c.dWidth() * 8);
        }
        g.addVertex("d_flat", new PreprocessorVertex(new CnnToFeedForwardPreProcessor(h, w, lastChannels)), last);
        String features = "d_flat";
        if (c.bands()) {
            // one kernel as wide as the sample, no padding: BANDS features per row, in place
            add(g, "d_bands", new ConvolutionLayer.Builder(1, s.width()).convolutionMode(ConvolutionMode.Truncate).nOut(BANDS)
                    .activation(new ActivationLReLU(0.2)).build(), frozen, input);
            g.addVertex("d_bands_flat", new PreprocessorVertex(new CnnToFeedForwardPreProcessor(s.height(), 1, BANDS)), "d_bands");
            g.addVertex("d_features", new MergeVertex(), "d_flat", "d_bands_flat");
            features = "d_features";
        }
        int hidden = c.dWidth() * 8;
        var lrelu = new ActivationLReLU(0.2);
        String logit;
        if (c.conditioning() == Conditioning.CONCAT) {
            // a hidden layer after the join: with the condition added only to the logit, D could
            // not tell a matched pair from a mismatched one
            g.addVertex("d_join", new MergeVertex(), features, CONDITION);
            add(g, "d_hidden", new DenseLayer.Builder().nOut(hidden).activation(lrelu).build(), frozen, "d_join");
            add(g, "d_logit", new DenseLayer.Builder().nOut(1).activation(Activation.IDENTITY).build(), frozen, "d_hidden");
            logit = "d_logit";
        } else {
            add(g, "d_hidden", new DenseLayer.Builder().nOut(hidden).activation(lrelu).build(), frozen, features);
            add(g, "d_psi", new DenseLayer.Builder().nOut(1).activation(Activation.IDENTITY).build(), frozen, "d_hidden");
            add(g, "d_embed", new DenseLayer.Builder().nOut(hidden).activation(Activation.IDENTITY).hasBias(false).build(), frozen, CONDITION);
            g.addVertex("d_inner", new ElementWiseVertex(ElementWiseVertex.Op.Product), "d_hidden", "d_embed");
            // a sum over the product's features: all-ones weights that are never trained, in D as in its copy
            g.addLayer("d_sum", new FrozenLayerWithBackprop(new DenseLayer.Builder().nOut(1).weightInit(WeightInit.ONES)
                    .activation(Activation.IDENTITY).hasBias(false).build()), "d_inner");
            g.addVertex("d_logit", new ElementWiseVertex(ElementWiseVertex.Op.Add), "d_psi", "d_sum");
            logit = "d_logit";
        }
        g.addLayer(D_LOSS, new LossLayer.Builder(LossFunctions.LossFunction.XENT).activation(Activation.SIGMOID).build(), logit);
        if (c.classHead()) {
            // from the sample's features alone, before the condition joins: a head that saw the
            // condition could read the instrument off it instead of off the sample
            add(g, "d_class_logit", new DenseLayer.Builder().nOut(CLASSES).activation(Activation.IDENTITY).build(), frozen, features);
            g.addLayer(D_CLASS, new LossLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX).build(), "d_class_logit");
        }
    }

    private static void add(GraphBuilder g, String name, org.deeplearning4j.nn.conf.layers.Layer layer, boolean frozen, String input) {
        g.addLayer(name, frozen ? new FrozenLayerWithBackprop(layer) : layer, input);
    }
}

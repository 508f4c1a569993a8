package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.ClassifierNets;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.InputShape;
import org.synesthesia.nn.PoseHead;

/**
 * A frozen pose regressor (a {@code --role pose} image classifier) inside S2I's combined graph: it
 * reads G's pictures, and G is trained to make it read the pose labelled for the conditioning
 * chunk. Nothing in the matching-aware objective asks G for the pose; D did not learn the hand at
 * 64x64 (BENCHMARKS.md, eleventh session), so the guide asks for it directly.
 *
 * <p>Its layers are copies of the regressor's under the prefix {@value #PREFIX}, frozen but passing
 * gradients back to G. Each BatchNorm is folded into the convolution before it: DL4J's frozen layers
 * run in inference mode, but BatchNorm's backward pass is the batch-statistics one, so a folded
 * convolution is the only way to get the gradient of the function the regressor computes. The
 * instrument head is left out. The guide should not be the pose judge that evaluates the run: train
 * it on other drawn pictures, with another seed.
 *
 * <p>Measured (BENCHMARKS.md, twelfth session), 1,000 steps on from a trained run against the same
 * 1,000 steps without a guide: the judge, a regressor of the same architecture trained on other
 * drawn pictures, reads the held-out hands at a squared error of 0.037 against 0.054, and the
 * pose bar's figure rises from -28% to -2%. The guide reads the same hands at 0.010, as well as it
 * reads real pictures (0.011): G learns more of what this network reads than of the pose. Reading
 * G's pictures through random shifts of up to an eighth of the side did not help (500 steps).
 */
public final class PoseGuide {

    /** Prefix of the guide's layers in the combined graph. */
    public static final String PREFIX = "p_";
    /** The guide's loss output in the combined graph: squared error against the labelled pose. */
    public static final String OUT = "p_loss";
    /** The guide's reading in the combined graph: the pose head's sigmoid outputs. */
    static final String READOUT = PREFIX + "readout";
    /**
     * poseWeight when a guide is given and no weight is: added to a trained S2I run, the guide's
     * squared error starts near 0.03 per picture of a batch, so at 10 its loss is about a fifth of
     * the adversarial one (1.3), and falls to half of that within 1,000 steps.
     */
    public static final double DEFAULT_WEIGHT = 10;
    /**
     * poseWarmupSteps when a guide is given and no warm-up is: from a run's first step a guide at
     * full weight led G to saturated noise by step 300, and warmed up over 1,000 steps it drew
     * performers by step 450 and read +9% on the pose bar at 2,500 (thirteenth session).
     */
    public static final long DEFAULT_WARMUP_STEPS = 1000;

    private final ComputationGraph regressor;
    private final InputShape shape;

    /** A guide from a pose regressor's graph that reads {@code shape}: outputs {@code instrument} and {@code pose}. */
    PoseGuide(ComputationGraph regressor, InputShape shape) {
        this.regressor = regressor;
        this.shape = shape;
    }

    /** The pose regressor at {@code run} as a guide; a one-line error if it is not an image pose regressor. */
    public static PoseGuide load(Path run) throws IOException {
        Classifier c = Classifier.load(run);
        if (c.features().encoding() != Encoding.IMAGE || !c.record().config().role().equals("pose")) {
            throw new BadInputException(run + " is not a pose regressor: a pose guide is trained with "
                    + "'train classifier --modality image --role pose' (on drawn poses, not the judge's pictures)");
        }
        return new PoseGuide(c.network(), c.features().shape());
    }

    /** Whether {@code net} (a combined graph) carries a guide. */
    public static boolean in(ComputationGraph net) {
        return net.getConfiguration().getNetworkOutputs().contains(OUT);
    }

    /** A one-line error unless the guide reads pictures of {@code sample}'s shape. */
    void requireReads(InputShape sample) {
        if (!sample.equals(shape)) {
            throw new BadInputException("the pose guide reads " + shape.height() + "x" + shape.width() + " pictures, but the GAN makes "
                    + sample.height() + "x" + sample.width() + ": train a guide on pictures of that size");
        }
    }

    /** Adds the guide's frozen layers, reading {@code sample}, with its loss output {@value #OUT}. */
    void addTo(GraphBuilder g, String sample) {
        ComputationGraphConfiguration conf = regressor.getConfiguration();
        Map<String, String> renamed = new HashMap<>();
        for (String input : conf.getNetworkInputs()) renamed.put(input, sample);
        for (String name : conf.getTopologicalOrderStr()) {
            GraphVertex vertex = conf.getVertices().get(name);
            if (vertex == null) continue; // a network input
            String[] inputs = conf.getVertexInputs().get(name).stream().map(renamed::get).toArray(String[]::new);
            if (!(vertex instanceof LayerVertex lv)) {
                g.addVertex(PREFIX + name, vertex.clone(), inputs);
                renamed.put(name, PREFIX + name);
                continue;
            }
            org.deeplearning4j.nn.conf.layers.Layer layer = lv.getLayerConf().getLayer().clone();
            switch (name) {
                case ClassifierNets.INSTRUMENT -> { }
                case ClassifierNets.POSE -> {
                    g.addLayer(READOUT, frozen(new DenseLayer.Builder().nOut(PoseHead.SIZE).activation(Activation.SIGMOID).build()), inputs);
                    g.addLayer(OUT, new LossLayer.Builder(LossFunctions.LossFunction.L2).activation(Activation.IDENTITY).build(), READOUT);
                }
                default -> {
                    if (layer instanceof BatchNormalization) {
                        renamed.put(name, inputs[0]); // folded into the convolution before it (copyInto)
                        continue;
                    }
                    if (layer instanceof ConvolutionLayer conv) conv.setHasBias(true); // BatchNorm's shift
                    g.addLayer(PREFIX + name, frozen(layer), lv.getPreProcessor(), inputs);
                    renamed.put(name, PREFIX + name);
                }
            }
        }
    }

    /**
     * The layer frozen, without the regressor's updater and weight decay: the runtime layer's
     * updater reads the wrapped layer's settings, and its L2 decay alone would shrink a frozen
     * weight at Adam's full step size, gradient or not.
     */
    private static FrozenLayerWithBackprop frozen(org.deeplearning4j.nn.conf.layers.Layer layer) {
        if (layer instanceof BaseLayer base) {
            base.setRegularization(List.of());
            base.setRegularizationBias(List.of());
            base.setIUpdater(new NoOp());
            base.setBiasUpdater(new NoOp());
        }
        return new FrozenLayerWithBackprop(layer);
    }

    /** Copies the regressor's weights into {@code combined}'s guide, folding each BatchNorm into its convolution. */
    void copyInto(ComputationGraph combined) {
        ComputationGraphConfiguration conf = regressor.getConfiguration();
        Map<String, String> normOf = new HashMap<>();
        for (Layer layer : regressor.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (layer.conf().getLayer() instanceof BatchNormalization) {
                List<String> in = conf.getVertexInputs().get(name);
                if (!(regressor.getLayer(in.get(0)).conf().getLayer() instanceof ConvolutionLayer)) {
                    throw new IllegalStateException("the pose guide folds BatchNorm only into a convolution; " + name + " follows " + in.get(0));
                }
                normOf.put(in.get(0), name);
            }
        }
        for (Layer layer : regressor.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (layer.numParams() == 0 || name.equals(ClassifierNets.INSTRUMENT) || layer.conf().getLayer() instanceof BatchNormalization) continue;
            Layer to = combined.getLayer(name.equals(ClassifierNets.POSE) ? READOUT : PREFIX + name);
            String norm = normOf.get(name);
            if (norm == null) {
                to.params().assign(layer.params());
                continue;
            }
            INDArray[] affine = affine(regressor.getLayer(norm), (int) layer.getParam("W").size(0));
            INDArray w = layer.getParam("W").dup();
            w.muli(affine[0].reshape(w.size(0), 1, 1, 1));
            INDArray b = affine[1].dup();
            if (layer.getParam("b") != null) b.addi(layer.getParam("b").reshape(b.shape()).mul(affine[0]));
            to.getParam("W").assign(w);
            to.getParam("b").assign(b.reshape(to.getParam("b").shape()));
        }
    }

    /** A BatchNorm's inference-mode map per channel, y = a x + c, as {a, c}: read off its outputs for 0 and 1. */
    private static INDArray[] affine(Layer norm, int channels) {
        INDArray x = Nd4j.zeros(DataType.FLOAT, 2, channels, 1, 1);
        x.get(NDArrayIndex.point(1)).assign(1);
        INDArray y = norm.activate(x, false, LayerWorkspaceMgr.noWorkspaces()).reshape(2, channels);
        INDArray c = y.getRow(0).dup();
        return new INDArray[] {y.getRow(1).sub(c), c};
    }

    /**
     * The guide's labels and mask for a batch: row i asks for {@code poses[i]} in
     * {@code instruments[i]}'s block, weighted {@code weight} on what its picture shows
     * ({@link Pose#shown}), if its instrument shows a bow or a slide. The pose regressors learn only
     * those five instruments ({@link Pose#showsMovingPart}); their blocks for the other eight are
     * untrained: on real pictures they read every instrument as half raised (squared error 0.25,
     * against 0.0005 for the five; {@code GuideProbe}), and asking for those readings pushed G
     * towards noise. Unknown values (NaN) are masked out, so unlabelled pairs ask for nothing.
     */
    static INDArray[] targets(float[][] poses, int[] instruments, double weight) {
        int n = poses.length;
        float[] labels = new float[n * PoseHead.SIZE];
        float[] mask = new float[n * PoseHead.SIZE];
        for (int i = 0; i < n; i++) {
            Instrument instrument = Instrument.ofIndex(instruments[i]);
            if (!Pose.showsMovingPart(instrument)) continue;
            float[] shown = Pose.shown(instrument);
            int at = i * PoseHead.SIZE + instruments[i] * Pose.SIZE;
            for (int j = 0; j < Pose.SIZE; j++) {
                if (Float.isNaN(poses[i][j])) continue;
                labels[at + j] = poses[i][j];
                mask[at + j] = (float) (shown[j] * weight);
            }
        }
        return new INDArray[] {Nd4j.create(labels, new long[] {n, PoseHead.SIZE}, 'c'), Nd4j.create(mask, new long[] {n, PoseHead.SIZE}, 'c')};
    }
}

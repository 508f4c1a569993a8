package org.synesthesia.nn;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.audio.Chunks;
import org.synesthesia.image.Images;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;

/**
 * A trained classifier, loaded from its run folder, for sound files and images of any common
 * format. A sound longer than a chunk is cut into chunks; their probabilities are averaged over
 * the chunks that are not silent.
 */
public final class Classifier {

    /** One file's verdict. */
    public record Prediction(String file, Instrument instrument, double confidence, int chunks, float[] probabilities) {}

    private static final double SILENT_RMS = Math.pow(10, -50 / 20.0);

    private final ComputationGraph net;
    private final ClassifierRun.Record record;

    private Classifier(ComputationGraph net, ClassifierRun.Record record) {
        this.net = net;
        this.record = record;
    }

    public static Classifier load(Path run) throws IOException {
        ClassifierRun.Record record = ClassifierRun.record(run);
        ComputationGraph net = Checkpoints.readModel(run.resolve(ClassifierRun.MODEL));
        List<String> heads = net.getConfiguration().getNetworkOutputs();
        boolean poseHeadFits = !heads.contains(ClassifierNets.POSE)
                || ((FeedForwardLayer) net.getLayer(ClassifierNets.POSE).conf().getLayer()).getNOut() == PoseHead.SIZE;
        if (!heads.equals(List.of(ClassifierNets.outputs(record.config()))) || !poseHeadFits) {
            throw new BadInputException(run + ": its network's heads " + heads
                    + " are not what this version makes for its config; it was trained by an older version: train it again.");
        }
        return new Classifier(net, record);
    }

    public FeatureSpec features() { return record.features(); }

    public ClassifierRun.Record record() { return record; }

    public ComputationGraph network() { return net; }

    /**
     * SHA-256 of the network's parameters, in hex: the same for a copied or moved run folder, and
     * different for any other weights, even of the same architecture and embedding size.
     */
    public String fingerprint() {
        float[] params = net.params().castTo(DataType.FLOAT).toFloatVector();
        ByteBuffer bytes = ByteBuffer.allocate(params.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(params);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Classifies a sound file (for audio models) or an image (for image models). */
    public Prediction classify(Path file) {
        INDArray inputs = features().encoding() == Encoding.IMAGE ? imageInputs(file) : soundInputs(file);
        INDArray probs = net.output(false, inputs)[0].mean(0);
        int best = probs.argMax().getInt(0);
        return new Prediction(file.toString(), Instrument.ofIndex(best), probs.getDouble(best), (int) inputs.size(0), probs.toFloatVector());
    }

    /** Instrument probabilities for a batch of inputs in {@link InputShape#batchShape} form. */
    public INDArray probabilities(INDArray inputs) { return net.output(false, inputs)[0]; }

    /**
     * The pose of each input of a graph with a pose head, read as the given instrument's pose
     * ({@code instruments[i]} for row i, an {@link Instrument#index}).
     */
    public float[][] poses(INDArray inputs, int[] instruments) {
        int head = Arrays.asList(ClassifierNets.outputs(record.config())).indexOf(ClassifierNets.POSE);
        if (head < 0) throw new IllegalStateException(this + " has no pose head");
        INDArray out = net.output(false, inputs)[head];
        float[][] poses = new float[instruments.length][];
        for (int i = 0; i < instruments.length; i++) poses[i] = PoseHead.read(out, i, instruments[i]);
        return poses;
    }

    /** The penultimate layer's activations, the embedding generators condition on. */
    public INDArray embed(INDArray inputs) {
        return net.feedForward(new INDArray[] {inputs}, false).get(ClassifierNets.EMBEDDING);
    }

    /**
     * The embedding as a generator's condition: each row scaled to a root mean square of 1, the
     * size of the unit-Gaussian noise beside it. Raw ReLU embeddings had norms of 28 (LMS) to 47
     * (image) against the noise's 8, and a generator fed them ignored its noise.
     */
    public INDArray condition(INDArray inputs) {
        return conditionAndName(inputs).conditions();
    }

    /** Conditions ({@link #condition}) and the instrument index the classifier names for each input. */
    public record Conditioned(INDArray conditions, int[] named) {}

    /** {@link #condition} and the named instruments, from one pass through the network. */
    public Conditioned conditionAndName(INDArray inputs) {
        Map<String, INDArray> layers = net.feedForward(new INDArray[] {inputs}, false);
        int[] named = layers.get(ClassifierNets.INSTRUMENT).argMax(1).toIntVector();
        INDArray e = layers.get(ClassifierNets.EMBEDDING).dup();
        INDArray rms = e.norm2(1).divi(Math.sqrt(e.size(1))).addi(1e-6);
        return new Conditioned(e.diviColumnVector(rms.reshape(rms.length(), 1)), named);
    }

    private INDArray soundInputs(Path file) {
        FeatureSpec spec = features();
        float[] x = AudioFiles.readMono(file, spec.sampleRate());
        float[][] chunks = Chunks.cut(x, spec.chunkSamples());
        List<float[]> kept = new java.util.ArrayList<>();
        for (float[] c : chunks) if (rms(c) >= SILENT_RMS) kept.add(c);
        if (kept.isEmpty()) kept = Arrays.asList(chunks);
        if (kept.isEmpty()) throw new BadInputException(file + ": no sound to classify");
        int size = spec.shape().size();
        float[] all = new float[kept.size() * size];
        for (int k = 0; k < kept.size(); k++) System.arraycopy(Features.audio(kept.get(k), spec, null), 0, all, k * size, size);
        return Nd4j.create(all, spec.shape().batchShape(kept.size()));
    }

    private INDArray imageInputs(Path file) {
        FeatureSpec spec = features();
        BufferedImage img = Images.read(file);
        float[] chw = Images.toChw(Images.cover(img, spec.imageSize(), spec.imageSize()));
        return Nd4j.create(chw, spec.shape().batchShape(1));
    }

    private static double rms(float[] x) {
        double s = 0;
        for (float v : x) s += v * v;
        return Math.sqrt(s / Math.max(1, x.length));
    }

    @Override
    public String toString() { return String.format(Locale.ROOT, "Classifier[%s %s]", record.config().encoding().id(), record.config().role()); }
}

package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Checkpoints;
import org.synesthesia.nn.InputShape;

/**
 * A trained generator's release: the EMA G, or the mean of its checkpoints
 * ({@link GanConfig#averageFrom}), in {@code RUN/generator.zip}, and what made it in
 * {@code RUN/gan.json}. The one way the CLI, evaluation and apps turn conditions into samples.
 */
public final class ConditionalGenerator {

    public static final String WEIGHTS = "generator.zip";
    public static final String CONFIG = "gan.json";

    /**
     * What {@code gan.json} holds: the config, the shapes G was built for, the step of the weights,
     * where the data came from, how many of the EMA's checkpoints the weights average (0: the EMA
     * itself), and, when the release was chosen among the run's candidates
     * ({@code synesthesia choose}), how (null: the release the training wrote).
     */
    public record Release(GanConfig config, int channels, int height, int width, int conditionSize, long step, Origin origin, int averaged,
                          String chosen) {
        public InputShape sampleShape() { return new InputShape(channels, height, width); }

        /** The same release with other weights: those of step {@code step}, averaging {@code averaged} checkpoints, chosen as {@code chosen} says. */
        Release withWeights(long step, int averaged, String chosen) {
            return new Release(config, channels, height, width, conditionSize, step, origin, averaged, chosen);
        }

        /** What the weights are, in words: the EMA, or the mean of the EMA at N checkpoints, and how they were chosen. */
        public String generator() {
            String what = averaged > 0 ? "mean of the ema at " + averaged + " checkpoints" : "ema";
            return chosen == null ? what : what + ", " + chosen;
        }
    }

    /**
     * Weights a run could release, kept in its checkpoint folder: the EMA at step {@code step}, or
     * with {@code averaged} above 0 the mean of the EMA at that many checkpoints up to {@code step}.
     */
    public record Candidate(long step, int averaged, Path weights) {
        public String name() { return averaged > 0 ? "mean of " + averaged + " to " + step : "ema at " + step; }
    }

    /**
     * What a release needs to turn files into conditions and samples into files: the pair store and
     * the frozen encoder's run folder, and the LMS settings and chunk length of the sound side.
     * {@code encoderFingerprint} is the encoder's {@link org.synesthesia.nn.Classifier#fingerprint};
     * releases written before it was recorded read it as null.
     */
    public record Origin(String pairStore, String encoderRun, org.synesthesia.audio.LmsConfig lms, int chunkSamples, String encoderFingerprint) {
        /** For sets that come from no store (tests, toys). */
        public static Origin none() { return new Origin("", "", org.synesthesia.audio.LmsConfig.DEFAULT, 11025, ""); }
    }

    private final Release release;
    private final ComputationGraph generator;

    private ConditionalGenerator(Release release, ComputationGraph generator) {
        this.release = release;
        this.generator = generator;
    }

    /** Loads a run folder's release weights. */
    public static ConditionalGenerator load(Path run) throws IOException {
        Path config = run.resolve(CONFIG);
        Path weights = run.resolve(WEIGHTS);
        if (!Files.isRegularFile(config) || !Files.isRegularFile(weights)) {
            throw new BadInputException(run + " holds no trained generator (" + CONFIG + " and " + WEIGHTS + "): train one with 'synesthesia train' first");
        }
        return new ConditionalGenerator(Json.readFile(config, Release.class), Checkpoints.readModel(weights));
    }

    /** The run's candidate releases: the mean of its averaged checkpoints, then the EMA at each, latest first (none before its first checkpoint). */
    public static java.util.List<Candidate> candidates(Path run) throws IOException { return GanCheckpoints.candidates(run); }

    /** A candidate's weights as a generator of the run's release. */
    public static ConditionalGenerator load(Path run, Candidate candidate) throws IOException {
        Release r = Json.readFile(run.resolve(CONFIG), Release.class);
        return new ConditionalGenerator(r.withWeights(candidate.step(), candidate.averaged(), null), Checkpoints.readModel(candidate.weights()));
    }

    /** Makes {@code candidate} the run's release, saying in {@code gan.json} how it was chosen. */
    public static void release(Path run, Candidate candidate, String chosen) throws IOException {
        ConditionalGenerator g = load(run, candidate);
        Release r = g.release;
        write(run, r.withWeights(r.step(), r.averaged(), chosen), g.generator);
    }

    /** Writes a release: weights first, then the config that marks it complete. */
    static void write(Path run, Release release, ComputationGraph weights) throws IOException {
        Checkpoints.writeModel(run.resolve(WEIGHTS), weights, false);
        Json.writeFile(run.resolve(CONFIG), release);
    }

    public Release release() { return release; }

    /**
     * This generator drawing its noise truncated at {@code truncation} instead of at its release's
     * ({@link GanConfig#truncation}; 0 for the plain normal). The weights are shared.
     */
    public ConditionalGenerator withTruncation(double truncation) {
        GanConfig.requireTruncation(truncation);
        GanConfig c = release.config().with(java.util.Map.of("truncation", String.valueOf(truncation)));
        Release r = release;
        return new ConditionalGenerator(new Release(c, r.channels(), r.height(), r.width(), r.conditionSize(), r.step(), r.origin(), r.averaged(), r.chosen()), generator);
    }

    /**
     * {@code samples} samples per row of {@code conditions} ({@code [rows, conditionSize]}), as
     * {@code [rows * samples, channels, height, width]} in [-1, 1], condition-major. The noise follows
     * from {@code seed} alone, so the same call gives the same samples, truncated as the release says.
     */
    public INDArray generate(INDArray conditions, long seed, int samples) {
        if (conditions.rank() != 2 || conditions.size(1) != release.conditionSize()) {
            throw new IllegalArgumentException("conditions must be [rows, " + release.conditionSize() + "], not " + java.util.Arrays.toString(conditions.shape()));
        }
        int rows = (int) conditions.size(0);
        int[] repeat = new int[rows * samples];
        for (int i = 0; i < repeat.length; i++) repeat[i] = i / samples;
        INDArray c = conditions.getRows(repeat).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        INDArray z = noise(new Random(seed), repeat.length, release.config().noiseSize(), release.config().truncation());
        return generator.output(false, z, c)[0];
    }

    /** Standard normal noise {@code [rows, size]} from a Java generator, so it is the same on every backend. */
    static INDArray noise(Random rng, int rows, int size) {
        return noise(rng, rows, size, 0);
    }

    /**
     * As {@link #noise(Random, int, int)}, truncated at {@code truncation}: a component beyond it in
     * magnitude is drawn again until it lies within. 0 truncates nothing.
     */
    static INDArray noise(Random rng, int rows, int size, double truncation) {
        float[] v = new float[rows * size];
        for (int i = 0; i < v.length; i++) {
            double z = rng.nextGaussian();
            while (truncation > 0 && Math.abs(z) > truncation) z = rng.nextGaussian();
            v[i] = (float) z;
        }
        return Nd4j.create(v, new long[] {rows, size}, org.nd4j.linalg.api.buffer.DataType.FLOAT);
    }
}

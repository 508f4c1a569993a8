package org.synesthesia.gan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Encoding;

/**
 * Everything that makes a GAN run, stored as JSON beside its checkpoints and release weights.
 *
 * @param direction         s2i (sound embedding to image) or i2s (image embedding to spectrogram)
 * @param imageSize         64 or 128, the side of generated (S2I) or conditioning (I2S) images
 * @param conditioning      how D meets the condition
 * @param classWeight       weight of the auxiliary instrument loss (AC-GAN): D also names the
 *                          instrument of real samples from the sample alone, and G is trained to
 *                          make D name the condition's instrument; 0 leaves the head out
 * @param augment           D sees every sample through differentiable augmentation (translation and
 *                          cut-out, {@link org.synesthesia.nn.DiffAugment}), which keeps it from
 *                          memorising a small training set
 * @param bands             D also reads the sample row by row: a convolution spanning every column
 *                          (for I2S's spectrograms, the whole chunk's time) gives features per row
 *                          (per mel band), flattened beside the strided stack's, so that D and its
 *                          class head see where in frequency the energy lies
 * @param encoder           the encoding whose classifier embedding is the condition
 * @param encoderFrozen     the embedding is precomputed and fixed (the only mode the trainer runs now)
 * @param noiseSize         width of G's noise vector z
 * @param gWidth            G's narrowest channel count; the first grid has 8 times as many
 * @param dWidth            D's first channel count, doubled per stride up to 8 times
 * @param batchSize         pairs per step
 * @param steps             steps to train
 * @param lrG               Adam's step size for G
 * @param lrD               Adam's step size for D
 * @param beta1             Adam's first-moment decay (0.5 for GANs)
 * @param emaHalfLifePairs  pairs over which an old G weight's share in the EMA halves (StyleGAN's ema_kimg)
 * @param checkpointEvery   steps between resumable checkpoints (and release weights)
 * @param sampleEvery       steps between sample grids written to the run folder (0: never)
 * @param seed              weights, batches, noise and mismatches all follow from it
 * @param poseWeight        weight of the pose loss (S2I): a frozen pose regressor, the pose guide
 *                          ({@link PoseGuide}), reads G's pictures, and G is trained to have it read
 *                          the conditioning chunk's labelled pose; 0 leaves the guide out
 * @param poseWarmupSteps   steps over which the pose loss's weight rises linearly to poseWeight. A
 *                          guide at full weight from a run's first step read G's noise, and its
 *                          gradients drew saturated high-frequency patterns by step 300 where an
 *                          unguided run drew blurred performers (thirteenth session). Steps count
 *                          from the run's start, so a run started from another ({@code --from}) warms
 *                          up too
 * @param averageFrom       from this step on, the release is the mean of the EMA's weights at every
 *                          checkpoint on the grid of {@code checkpointEvery} steps (at
 *                          {@code averageFrom} and after), BatchNorm statistics
 *                          included; 0 releases the EMA itself. G swings between partial solutions
 *                          (which instruments come out right changes from checkpoint to
 *                          checkpoint) on a longer scale than the EMA's half-life, and the mean of
 *                          such checkpoints beat each of them (BENCHMARKS.md, seventh and fifteenth
 *                          sessions)
 * @param truncation        the release draws G's noise from a normal truncated at this magnitude:
 *                          each component beyond it is drawn again (BigGAN's truncation trick),
 *                          trading variety for samples nearer the modes G learnt best; 0 draws the
 *                          plain normal. Training always draws the plain normal, so this setting
 *                          only changes sampling, and {@code evaluate} and {@code generate} can
 *                          override it
 */
public record GanConfig(Direction direction, int imageSize, Conditioning conditioning, double classWeight, boolean augment, boolean bands, Encoding encoder,
                        boolean encoderFrozen, int noiseSize, int gWidth, int dWidth, int batchSize, long steps,
                        double lrG, double lrD, double beta1, double emaHalfLifePairs, int checkpointEvery,
                        int sampleEvery, long seed, double poseWeight, long poseWarmupSteps, long averageFrom, double truncation) {

    public GanConfig {
        if (!makes(imageSize)) throw new IllegalArgumentException("imageSize must be 64 or 128, not " + imageSize);
        if (noiseSize < 1 || gWidth < 1 || dWidth < 1 || batchSize < 2 || steps < 1 || checkpointEvery < 1 || sampleEvery < 0) {
            throw new IllegalArgumentException("noise size, widths, steps and checkpoint interval must be positive, and the batch at least 2 (mismatched pairs come from within it)");
        }
        if (!(lrG > 0) || !(lrD > 0) || !(beta1 >= 0 && beta1 < 1) || !(emaHalfLifePairs >= 0) || !(classWeight >= 0) || !(poseWeight >= 0)) {
            throw new IllegalArgumentException("learning rates must be positive, beta1 in [0, 1), and the EMA half-life, class weight and pose weight not negative");
        }
        if (poseWarmupSteps < 0 || averageFrom < 0) throw new IllegalArgumentException("poseWarmupSteps and averageFrom must not be negative");
        requireTruncation(truncation);
        if (poseWeight > 0 && direction != Direction.S2I) {
            throw new IllegalArgumentException("poseWeight is for s2i: a pose is read off pictures, and i2s makes sound");
        }
    }

    /** Whether S2I makes pictures of this size: 64x64 by default, 128x128 as an option. */
    public static boolean makes(int imageSize) {
        return imageSize == 64 || imageSize == 128;
    }

    /**
     * The defaults for a direction, as the built-in benchmark trains them; the directions differ
     * in the encoder and D's width. Both condition D by projection with G 16
     * channels wide: at 2,500 steps S2I's judge named 0.64 of its images right, against 0.59 with
     * concatenation at the same width and 0.40 at widths of 8, and I2S at 1,500 steps 0.812 of its
     * sounds (0.88 of real ones), against 0.767 with G 8 wide and 0.710 with both 8 wide (BENCHMARKS.md,
     * ninth session). S2I's D is 32 wide: on the xlarge CQT encoder at 2,500 steps its judge named
     * 0.815 of the images right against 0.709 with D 16 wide (tenth session). A widths-16 step
     * costs about 1.9x (S2I, about 1.1 s at batch 32 on one core) and 1.4-1.6x (I2S, about 1.5 s) a
     * widths-8 one; S2I's D at 32 another 1.25-1.54x.
     */
    public static GanConfig defaults(Direction direction) {
        boolean s2i = direction == Direction.S2I;
        // trained from paths, the encoding is the encoder run's (GanRun.fitInputs); this is the fallback
        Encoding encoder = s2i ? Encoding.LMS : Encoding.IMAGE;
        // the class head nearly doubled I2S's judged accuracy. On S2I's first small networks it made
        // things worse (G drew patterns that D's head read as instruments and the judge did not);
        // with D 32 wide on the xlarge CQT encoder it adds 0.020-0.027 (0.870 and 0.846 against
        // 0.843 and 0.821 at 2,500 and 4,250 steps, 0.832 against 0.812 on a second seed;
        // fourteenth session, BENCHMARKS.md)
        double classWeight = 1.0;
        // generated samples swing between checkpoints (which instruments come out right changes),
        // so the EMA averages over long: a 20,000-pair half-life is 625 steps of 32
        // D's width was what held both directions back: I2S gained most from D at 16, S2I from D at 32
        int dWidth = s2i ? 32 : 16;
        // and the swing is slower than the EMA: S2I trains 4,250 steps and releases the mean of its
        // EMA at the eight checkpoints from 2,500 on. Against the EMA at the same last step the mean
        // gained in five of eleven comparisons and lost in five (by 0.014 on average), but not on every seed: on the
        // xlarge CQT encoder seed 1 went from 0.883 to 0.906, seed 2 from 0.844 to 0.825, its
        // violins drawn as violas. Against the old default, the EMA at 2,500, it gained on two seeds
        // of three (fifteenth session, BENCHMARKS.md)
        long steps = s2i ? 4_250 : 2_500;
        long averageFrom = s2i ? 2_500 : 0;
        return new GanConfig(direction, 64, Conditioning.PROJECTION, classWeight, false, false, encoder, true, 64, 16, dWidth, 32, steps,
                2e-4, 2e-4, 0.5, 20_000, 250, 250, 1, 0.0, 0, averageFrom, 0.0);
    }

    /** Refuses a truncation that is neither 0 (none) nor a magnitude of at least {@link #MIN_TRUNCATION}. */
    public static void requireTruncation(double truncation) {
        if (!(truncation == 0 || truncation >= MIN_TRUNCATION)) {
            throw new IllegalArgumentException("truncation must be 0 (plain normal noise) or at least " + MIN_TRUNCATION + ", not " + truncation);
        }
    }

    /** The smallest truncation: below it most draws would be drawn again (a normal stays within 0.1 of 0 only 8% of the time). */
    public static final double MIN_TRUNCATION = 0.1;

    /** Whether D has the auxiliary instrument head. */
    public boolean classHead() { return classWeight > 0; }

    /** Whether the checkpoint at {@code step} goes into the release's average: one on the checkpoint grid from {@code averageFrom} on. */
    public boolean averages(long step) { return averageFrom > 0 && step >= averageFrom && step % checkpointEvery == 0; }

    /** Whether the combined graph carries a pose guide. */
    public boolean poseGuided() { return poseWeight > 0; }

    /** The pose loss's weight at the step that brings the run to {@code step} steps (1 for the first). */
    public double poseWeightAt(long step) {
        return poseWarmupSteps == 0 ? poseWeight : poseWeight * Math.min(1.0, (double) step / poseWarmupSteps);
    }

    /** Reads a config file; settings it leaves out take the direction's defaults. */
    public static GanConfig read(Path file, Direction direction) throws IOException {
        ObjectNode node = (ObjectNode) Json.MAPPER.valueToTree(defaults(direction));
        JsonNode given = Json.MAPPER.readTree(file.toFile());
        if (given == null || !given.isObject()) throw new org.synesthesia.io.BadInputException(file + " is not a JSON object of GAN settings: write {\"steps\": 1000, ...}");
        node.setAll((ObjectNode) given);
        return fromTree(node, file.toString());
    }

    /** This config with {@code overrides} (setting name to value as typed on a command line) applied. */
    public GanConfig with(Map<String, String> overrides) {
        ObjectNode node = (ObjectNode) Json.MAPPER.valueToTree(this);
        for (var e : overrides.entrySet()) {
            if (!node.has(e.getKey())) {
                throw new IllegalArgumentException("unknown GAN setting '" + e.getKey() + "': use one of " + iterableNames(node));
            }
            String value = e.getValue().trim();
            // enum settings (direction, conditioning, encoder) are written in capitals in JSON
            node.put(e.getKey(), node.get(e.getKey()).isTextual() ? value.toUpperCase(java.util.Locale.ROOT) : value);
        }
        return fromTree(node, "overrides " + overrides);
    }

    private static GanConfig fromTree(ObjectNode node, String source) {
        try {
            return Json.MAPPER.treeToValue(node, GanConfig.class);
        } catch (IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(source + ": " + cause.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static String iterableNames(ObjectNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}

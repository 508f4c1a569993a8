package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.synesthesia.audio.LmsConfig;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.FeatureSpec;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;

/**
 * A GAN run from paths, for the CLI and the activities: the pair store's train split, conditioned
 * by a frozen encoder, trained into a run folder that holds {@value #CONFIG} (what was asked), the
 * checkpoint, sample grids and the release ({@link ConditionalGenerator}).
 */
public final class GanRun {

    public static final String CONFIG = "train.json";

    private GanRun() {}

    /**
     * {@code config} with the settings that its inputs decide and the caller did not give (the
     * names in {@code given}): the encoding, from the encoder run, and S2I's image size, from the
     * pair store. A given setting is kept, and {@link #train} refuses it where it contradicts them.
     * With a pose guide ({@code guided}), poseWeight and poseWarmupSteps are
     * {@link PoseGuide#DEFAULT_WEIGHT} and {@link PoseGuide#DEFAULT_WARMUP_STEPS} unless given.
     */
    public static GanConfig fitInputs(GanConfig config, Set<String> given, Path pairs, Path encoderRun, boolean guided) throws IOException {
        Map<String, String> derived = new LinkedHashMap<>();
        if (guided && !given.contains("poseWeight")) derived.put("poseWeight", String.valueOf(PoseGuide.DEFAULT_WEIGHT));
        if (guided && !given.contains("poseWarmupSteps")) derived.put("poseWarmupSteps", String.valueOf(PoseGuide.DEFAULT_WARMUP_STEPS));
        if (!given.contains("encoder")) derived.put("encoder", ClassifierRun.record(encoderRun).features().encoding().name());
        int size = PairStore.open(pairs).imageSize();
        // only S2I's pictures have a size; one it cannot make is refused by train, with a way out
        if (!given.contains("imageSize") && config.direction() == Direction.S2I && GanConfig.makes(size)) derived.put("imageSize", String.valueOf(size));
        return config.with(derived);
    }

    /**
     * Trains {@code config} on {@code pairs}. A run folder that already holds a checkpoint is
     * continued only with {@code resume}, and only with the same config, except that {@code steps}
     * may grow: the run then goes on to the new count.
     */
    public static GanTrainer.Result train(GanConfig config, Path pairs, Path encoderRun, Path run, boolean resume,
                                          Progress progress, Consumer<GanTrainer.Step> onStep) throws IOException {
        return train(config, pairs, encoderRun, null, null, run, resume, progress, onStep);
    }

    /**
     * As {@link #train(GanConfig, Path, Path, Path, boolean, Progress, Consumer)}, for a run that
     * starts now with the pose regressor at {@code poseGuide} as its pose guide and from the weights
     * of the run at {@code from} (each null for none). A resumed run's are in its checkpoint.
     */
    public static GanTrainer.Result train(GanConfig config, Path pairs, Path encoderRun, Path poseGuide, Path from, Path run, boolean resume,
                                          Progress progress, Consumer<GanTrainer.Step> onStep) throws IOException {
        if (poseGuide != null && !config.poseGuided()) {
            throw new BadInputException("a pose guide was given, but poseWeight is 0: set poseWeight above 0, or leave out --pose-guide");
        }
        if (!config.encoderFrozen()) {
            // fine-tuning would need the encoder inside the combined graph; conditions are precomputed instead
            throw new BadInputException("encoderFrozen=false (fine-tuning the encoder) is not supported yet: train with a frozen encoder");
        }
        var state = GanCheckpoints.state(run);
        if (state.isPresent() && !resume) {
            throw new BadInputException(run + " holds a run at step " + state.get().step() + ": pass --resume to continue it, or choose another --out");
        }
        Path configFile = run.resolve(CONFIG);
        if (resume && Files.exists(configFile)) {
            // only the step count may change: batches, noise and the EMA follow from the step, so a
            // run extended from its checkpoint ends where one run of the longer length would. The
            // release's truncation only changes sampling, so it may change too
            GanConfig before = Json.readFile(configFile, GanConfig.class);
            if (!before.with(Map.of("steps", String.valueOf(config.steps()), "truncation", String.valueOf(config.truncation()))).equals(config)) {
                throw new BadInputException(configFile + " differs from the settings given: resume with the same settings (only steps may grow, and truncation change), or choose another --out");
            }
            long done = state.map(GanCheckpoints.State::step).orElse(0L);
            if (config.steps() < done) {
                throw new BadInputException(run + " is at step " + done + ", past steps=" + config.steps() + ": resume with at least " + done + " steps");
            }
        }
        PairStore store = PairStore.open(pairs);
        Classifier encoder = Classifier.load(encoderRun);
        String fingerprint = encoder.fingerprint();
        if (from != null) requireSameEncoder(from, encoderRun, fingerprint);
        if (state.isPresent()) requireSameEncoder(run, encoderRun, fingerprint);
        Encoding enc = encoder.features().encoding();
        if (enc != config.encoder()) {
            throw new BadInputException(encoderRun + " is a " + enc.id() + " encoder, but the config asks for " + config.encoder().name().toLowerCase(java.util.Locale.ROOT) + ": set encoder=" + enc.id() + " or pass another --encoder");
        }
        if (config.direction() == Direction.S2I && store.imageSize() != config.imageSize()) {
            String size = store.imageSize() + "x" + store.imageSize();
            throw new BadInputException(pairs + " holds " + size + " images, but the config asks for " + config.imageSize() + ": "
                    + (GanConfig.makes(store.imageSize()) ? "set imageSize=" + store.imageSize() + " or prepare the data at that size" : "S2I makes 64x64 or 128x128 pictures; prepare the data at one of those sizes"));
        }
        LmsConfig lms = FeatureSpec.of(Encoding.LMS, store.manifest().sampleRate(), store.chunkSamples(), store.imageSize()).lms();
        PairConditions set = PairConditions.of(store, store.indices(Split.TRAIN), config.direction(), encoder, lms, progress);
        Json.writeFile(configFile, config);
        var origin = new ConditionalGenerator.Origin(pairs.toAbsolutePath().toString(), encoderRun.toAbsolutePath().toString(), lms, store.chunkSamples(), fingerprint);
        PoseGuide guide = poseGuide == null ? null : PoseGuide.load(poseGuide);
        GanCheckpoints.Snapshot start = null;
        if (from != null) {
            start = GanCheckpoints.restore(from, config.batchSize()).orElseThrow(() -> new BadInputException(from + " holds no GAN checkpoint to start from: pass a run folder made by 'train s2i|i2s'"));
        }
        return new GanTrainer(config, set, run, origin, new GanTrainer.Start(guide, start)).train(progress, onStep, Long.MAX_VALUE);
    }

    /**
     * Refuses to go on from the weights in {@code source} on another encoder than the one they were
     * trained on. G reads the embedding it learned; on another encoder of the same size a run fell to
     * chance (0.100) within 500 steps (BENCHMARKS.md, thirteenth session). The encoder is known by
     * its fingerprint, or, for releases written before fingerprints were, by the weights still at its
     * recorded path; where neither is left, the run goes on.
     */
    private static void requireSameEncoder(Path source, Path encoderRun, String fingerprint) throws IOException {
        Path file = source.resolve(ConditionalGenerator.CONFIG);
        if (!Files.isRegularFile(file)) return;
        ConditionalGenerator.Origin origin = Json.readFile(file, ConditionalGenerator.Release.class).origin();
        if (origin == null || origin.encoderRun().isEmpty()) return;
        String before = origin.encoderFingerprint();
        if (before == null && Files.isRegularFile(Path.of(origin.encoderRun()).resolve(ClassifierRun.MODEL))) {
            before = Classifier.load(Path.of(origin.encoderRun())).fingerprint();
        }
        if (before != null && !before.equals(fingerprint)) {
            throw new BadInputException(source + " was trained on the encoder " + origin.encoderRun() + ", and " + encoderRun
                    + " holds other weights: its G reads that encoder's embedding, so pass that --encoder, or start a new run");
        }
    }
}

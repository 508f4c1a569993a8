package org.synesthesia.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;

/**
 * A classifier run folder: trains on a pair store's train split (resuming a killed run), judges
 * the test split, and releases {@code model.zip} (DL4J's format) with {@code classifier.json}.
 */
public final class ClassifierRun {

    /** {@code classifier.json}: what made the network, how to feed it, and how it did. */
    public record Record(ClassifierConfig config, FeatureSpec features, List<String> instruments, String pairStore,
                         long steps, double trainSeconds, ClassifierEvaluation test, ClassifierEvaluation train,
                         PoseProbe poseProbe) {}

    public static final String MODEL = "model.zip";
    public static final String RECORD = "classifier.json";

    private ClassifierRun() {}

    /** The record of a released classifier, without loading its network. */
    public static Record record(Path run) throws IOException {
        Path json = run.resolve(RECORD);
        if (!Files.isRegularFile(json)) throw new BadInputException(run + ": not a classifier run (no " + RECORD + "); train one with 'synesthesia train classifier'.");
        return Json.readFile(json, Record.class);
    }

    /** Trains, evaluates and releases; returns the record written beside the model. */
    public static Record train(ClassifierConfig config, Path pairs, Path run, Progress progress,
                               Consumer<ClassifierTrainer.Step> onStep) throws IOException {
        PairStore store = PairStore.open(pairs);
        FeatureSpec spec = FeatureSpec.of(config.encoding(), store.manifest().sampleRate(), store.chunkSamples(), store.imageSize());
        Files.createDirectories(run);
        Json.writeFile(run.resolve("config.json"), config);
        progress.update("features " + config.encoding().id(), 0, 2);
        PairStoreSet train = examples(store, Split.TRAIN, spec, config);
        progress.update("features " + config.encoding().id(), 1, 2);
        PairStoreSet test = examples(store, Split.TEST, spec, config);
        progress.update("features " + config.encoding().id(), 2, 2);
        if (train.size() == 0) throw new BadInputException(pairs + ": no training pairs" + (config.role().equals("pose") ? " of a bowed string or the trombone with pose labels" : ""));
        long t0 = System.nanoTime();
        ClassifierTrainer trainer = new ClassifierTrainer(config, train, run);
        ComputationGraph net = trainer.train(progress, onStep, Long.MAX_VALUE);
        double secs = (System.nanoTime() - t0) / 1e9;
        ClassifierEvaluation eval = ClassifierEvaluation.of(net, test, config);
        // beside the test split, so that overfitting (rooms, players) shows at a glance
        ClassifierEvaluation onTrain = ClassifierEvaluation.of(net, train, config);
        PoseProbe probe = config.role().equals("encoder") ? PoseProbe.of(net, train, test) : null;
        Checkpoints.writeModel(run.resolve(MODEL), net, false);
        List<String> names = java.util.Arrays.stream(Instrument.values()).map(Instrument::code).toList();
        Record record = new Record(config, spec, names, store.folder().toAbsolutePath().toString(), trainer.totalSteps(), secs, eval, onTrain, probe);
        Json.writeFile(run.resolve(RECORD), record);
        return record;
    }

    /**
     * Judges a trained classifier on one split of any pair store with the same chunk and image
     * size, e.g. the same notes rendered with a soundfont that training never heard.
     */
    public static ClassifierEvaluation evaluate(Classifier classifier, Path pairs, Split split) throws IOException {
        PairStore store = PairStore.open(pairs);
        FeatureSpec spec = classifier.features();
        if (store.chunkSamples() != spec.chunkSamples() || store.manifest().sampleRate() != spec.sampleRate() || store.imageSize() != spec.imageSize()) {
            throw new BadInputException(pairs + ": its chunks or images differ from those " + classifier + " was trained on; prepare it with the same settings.");
        }
        ClassifierConfig config = classifier.record().config();
        return ClassifierEvaluation.of(classifier.network(), examples(store, split, spec, config), config);
    }

    /**
     * A split's examples. The pose regressor learns and is judged only on pairs that carry a pose
     * and whose pictures show a moving part (a bow or a slide: {@link Pose#showsMovingPart}), the
     * pose-oriented instruments. Among all 13 the other eight gave it nothing to read but the
     * raised instrument and took most of its batches: on medium player boxes its bow error
     * stayed at 0.145 against 0.166 for each instrument's mean; trained on these five alone it
     * fell to 0.104 (BENCHMARKS.md). Its images get a quarter of the classifiers' zoom and shift:
     * the pose is where the bow and the arms are in the player's box, and a 4-pixel shift moves
     * them as far as a whole bow stroke.
     */
    private static PairStoreSet examples(PairStore store, Split split, FeatureSpec spec, ClassifierConfig config) {
        int[] pairs = store.indices(split);
        if (!config.role().equals("pose")) return new PairStoreSet(store, pairs, spec);
        return new PairStoreSet(store, java.util.Arrays.stream(pairs)
                .filter(p -> store.hasPose(p) && Pose.showsMovingPart(store.instrument(p))).toArray(), spec, POSE_FRAMING);
    }

    /** The share of the image augmentation's zoom and shift that the pose regressor trains with. */
    static final double POSE_FRAMING = 0.25;
}

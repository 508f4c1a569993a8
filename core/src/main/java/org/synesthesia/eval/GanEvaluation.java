package org.synesthesia.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.audio.WavWriter;
import org.synesthesia.gan.ConditionalGenerator;
import org.synesthesia.gan.Direction;
import org.synesthesia.gan.PairConditions;
import org.synesthesia.gan.SampleKind;
import org.synesthesia.image.Images;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.EvaluationInputs;
import org.synesthesia.metrics.InstrumentAccuracy;
import org.synesthesia.metrics.JudgeSettings;
import org.synesthesia.metrics.MetricRegistry;
import org.synesthesia.metrics.MetricResult;
import org.synesthesia.metrics.RunMetrics;
import org.synesthesia.metrics.SpectralEnvelope;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.ClassifierTrainer;
import org.synesthesia.nn.FeatureSpec;
import org.synesthesia.nn.Features;
import org.synesthesia.nn.InputShape;
import org.synesthesia.nn.PairStoreSet;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;
import org.synesthesia.report.ReportRun;

/**
 * Evaluates a GAN run on the pair store's test split, as extract, then score: the release (the EMA
 * G, or the mean of its checkpoints) makes samples from the held-out pairs' conditions, the judges
 * read them and the real held-out samples, and the registry's metrics are computed from those
 * features and scores. Writes
 * {@code metrics.json}, {@code confusions.json} and {@code eval/{images,sounds}/INSTRUMENT/} examples
 * into the run folder, where the report reads them.
 */
public final class GanEvaluation {

    /** Conditions generated and judged together. */
    private static final int BATCH = 32;

    /** What a judge said about one generated sample: truth and prediction are instrument codes. */
    public record Prediction(String sample, String truth, String predicted, double confidence) {}

    /** The metrics written to {@code metrics.json} and every generated sample's prediction. */
    public record Result(List<MetricResult> metrics, List<Prediction> predictions) {}

    private GanEvaluation() {}

    public static Result evaluate(Path run, Judges judges, Path pairs, EvaluationSettings settings, Progress progress) throws IOException {
        ConditionalGenerator loaded = ConditionalGenerator.load(run);
        ConditionalGenerator generator = settings.truncation() == null ? loaded : loaded.withTruncation(settings.truncation());
        ConditionalGenerator.Release release = generator.release();
        Direction direction = release.config().direction();
        String encoderRun = release.origin().encoderRun();
        if (encoderRun.isEmpty()) throw new BadInputException(run + " was trained without an encoder run on record, so held-out pairs cannot be turned into conditions: retrain it with an encoder");
        Classifier encoder = Classifier.load(Path.of(encoderRun));
        boolean s2i = direction == Direction.S2I;
        JudgePanel judge = judges.panel(s2i);
        Classifier poseJudge = s2i ? judges.loadPose() : null;
        PairStore store = PairStore.open(pairs);
        checkJudgeFits(judge, store, pairs);

        int[] test = subset(store.indices(Split.TEST), settings.maxConditions(), settings.seed());
        if (test.length == 0) throw new BadInputException(pairs + " has no test pairs: prepare the data with a test fraction above 0");
        PairConditions conditions = PairConditions.of(store, test, direction, encoder, release.origin().lms(), progress);
        int k = settings.samplesPerCondition();
        int n = test.length * k;
        boolean withPose = poseJudge != null && Arrays.stream(test).allMatch(store::hasPose);

        // real held-out samples of the generated modality, through the same judge
        PairStoreSet real = new PairStoreSet(store, test, judge.features());
        float[][] realFeatures = new float[test.length][];
        float[][] realScores = new float[test.length][];
        int[] realInstruments = new int[test.length];
        for (int from = 0; from < test.length; from += BATCH) {
            int b = Math.min(BATCH, test.length - from);
            float[][] rows = new float[b][];
            for (int r = 0; r < b; r++) rows[r] = real.features(from + r, null);
            INDArray x = stack(rows, judge.features().shape());
            copyRows(judge.embed(x), realFeatures, from);
            copyRows(judge.probabilities(x), realScores, from);
            for (int r = 0; r < b; r++) realInstruments[from + r] = store.instrument(test[from + r]).index();
            progress.update("judge real", from + b, test.length);
        }
        // the pose regressor on the real held-out images: how far it can read pose at all
        float[][] realPoseReadings = withPose ? readPoses(poseJudge, store, test, realInstruments) : null;

        float[][] genFeatures = new float[n][];
        float[][] genScores = new float[n][];
        float[][] conditionFeatures = new float[n][];
        int[] genInstruments = new int[n];
        int[] genConditions = new int[n];
        float[][] truePoses = withPose ? new float[n][] : null;
        float[][] genPoses = withPose ? new float[n][] : null;
        float[][] realPoses = withPose ? new float[n][] : null;
        // I2S: the envelopes of G's spectrograms and of their real counterparts, G's targets
        SampleKind.Sound sound = s2i ? null : (SampleKind.Sound) SampleKind.of(release);
        float[][] genEnvelopes = s2i ? null : new float[n][];
        float[][] realEnvelopes = s2i ? null : new float[test.length][];
        Examples examples = new Examples(run.resolve("eval"), store, settings.examplesPerInstrument(), release);
        for (int from = 0; from < test.length; from += BATCH) {
            int b = Math.min(BATCH, test.length - from);
            INDArray c = Nd4j.create(b, conditions.conditionSize());
            if (s2i) {
                for (int r = 0; r < b; r++) c.putRow(r, Nd4j.create(conditions.condition(from + r)));
            } else {
                INDArray targets = Nd4j.create(DataType.FLOAT, conditions.sampleShape().batchShape(b));
                conditions.batch(java.util.stream.IntStream.range(from, from + b).toArray(), targets, c);
                for (int r = 0; r < b; r++) realEnvelopes[from + r] = SpectralEnvelope.envelope(sound.db(targets, r));
            }
            INDArray samples = generator.generate(c, settings.seed() + from, k);
            if (!s2i) for (int j = 0; j < b * k; j++) genEnvelopes[from * k + j] = SpectralEnvelope.envelope(sound.db(samples, j));
            float[][] judgeInputs = judgeInputs(samples, release, judge.features(), settings.seed() + from);
            INDArray x = stack(judgeInputs, judge.features().shape());
            copyRows(judge.embed(x), genFeatures, from * k);
            copyRows(judge.probabilities(x), genScores, from * k);
            if (withPose) {
                int[] drawn = new int[b * k];
                for (int j = 0; j < b * k; j++) drawn[j] = realInstruments[from + j / k];
                System.arraycopy(poseJudge.poses(samples, drawn), 0, genPoses, from * k, b * k);
            }
            for (int j = 0; j < b * k; j++) {
                int row = from * k + j;
                int cond = from + j / k;
                genConditions[row] = cond;
                genInstruments[row] = realInstruments[cond];
                conditionFeatures[row] = realFeatures[cond];
                if (withPose) {
                    truePoses[row] = store.pose(test[cond]);
                    realPoses[row] = realPoseReadings[cond];
                }
            }
            examples.write(test, from, b, k, samples, judgeInputs);
            progress.update("generate and judge", from + b, test.length);
        }

        FeatureSpec js = judge.features();
        String extractor = judge.first().record().config().encoding().id() + " judge, seed " + judge.first().record().config().seed() + ", embedding layer";
        JudgeSettings judgeSettings = s2i ? JudgeSettings.image(extractor, js.imageSize())
                : JudgeSettings.sound(extractor, js.sampleRate(), js.chunkSamples() / (double) js.sampleRate());
        EvaluationInputs.Builder in = EvaluationInputs.builder(direction.name(), judgeSettings, settings.seed())
                .real(realFeatures, realInstruments, realScores)
                .generated(genFeatures, genInstruments, genConditions, genScores)
                .conditionFeatures(conditionFeatures)
                .conditionNamed(conditions.named());
        if (withPose) in.poses(truePoses, genPoses).realPoses(realPoses);
        if (!s2i) in.envelopes(realEnvelopes, genEnvelopes);
        Map<String, String> published = new LinkedHashMap<>();
        published.put("split", "test");
        published.put("conditions", Integer.toString(test.length));
        published.put("samples_per_condition", Integer.toString(k));
        published.put("generator", release.generator());
        published.put("judges", Integer.toString(judge.size()));
        published.put("truncation", Double.toString(release.config().truncation()));
        published.put("gan_step", Long.toString(release.step()));
        published.put("encoder", release.config().encoder().id());
        List<MetricResult> metrics = new ArrayList<>();
        for (MetricResult m : MetricRegistry.computeAll(in.build())) {
            Map<String, String> s = new LinkedHashMap<>(m.settings());
            s.putAll(published);
            metrics.add(new MetricResult(m.name(), m.values(), s));
        }
        RunMetrics.write(run, metrics);

        List<String> codes = Arrays.stream(Instrument.values()).map(Instrument::code).toList();
        int[][] confusion = InstrumentAccuracy.confusion(genScores, genInstruments, codes.size());
        Json.writeFile(run.resolve("confusions.json"), List.of(
                new ReportRun.Confusion("judge on generated test samples (" + direction.name().toLowerCase(Locale.ROOT) + ")", codes, confusion),
                new ReportRun.Confusion("judge on real test samples", codes, InstrumentAccuracy.confusion(realScores, realInstruments, codes.size()))));

        List<Prediction> predictions = new ArrayList<>(n);
        for (int row = 0; row < n; row++) {
            int best = argMax(genScores[row]);
            predictions.add(new Prediction(sampleName(test[genConditions[row]], row % k), Instrument.ofIndex(genInstruments[row]).code(),
                    Instrument.ofIndex(best).code(), Math.max(0, Math.min(1, genScores[row][best]))));
        }
        return new Result(metrics, predictions);
    }

    /** The name of generated sample {@code z} of held-out pair {@code pair}, the same in predictions and files. */
    static String sampleName(int pair, int z) {
        return String.format(Locale.ROOT, "pair-%06d-z%d", pair, z);
    }

    /** The pose regressor's reading of the real images of {@code test}. */
    private static float[][] readPoses(Classifier poseJudge, PairStore store, int[] test, int[] instruments) throws IOException {
        PairStoreSet images = new PairStoreSet(store, test, poseJudge.features());
        float[][] read = new float[test.length][];
        for (int from = 0; from < test.length; from += BATCH) {
            int b = Math.min(BATCH, test.length - from);
            float[][] rows = new float[b][];
            for (int r = 0; r < b; r++) rows[r] = images.features(from + r, null);
            System.arraycopy(poseJudge.poses(stack(rows, poseJudge.features().shape()), Arrays.copyOfRange(instruments, from, from + b)), 0, read, from, b);
        }
        return read;
    }

    /** The judge's inputs for generated samples: images as they are (CHW in [-1, 1]); spectrograms through Griffin-Lim to audio, then the judge's features. */
    static float[][] judgeInputs(INDArray samples, ConditionalGenerator.Release release, FeatureSpec judge, long seed) {
        int n = (int) samples.size(0);
        float[][] out = new float[n][];
        if (release.config().direction() == Direction.S2I) {
            for (int i = 0; i < n; i++) out[i] = samples.slice(i).dup('c').data().asFloat();
            return out;
        }
        var sound = (SampleKind.Sound) SampleKind.of(release);
        float[] audio = sound.audio(samples, seed);
        int chunk = sound.chunkSamples();
        for (int i = 0; i < n; i++) out[i] = Features.audio(Arrays.copyOfRange(audio, i * chunk, (i + 1) * chunk), judge, null);
        return out;
    }

    static void checkJudgeFits(JudgePanel judge, PairStore store, Path pairs) {
        FeatureSpec s = judge.features();
        if (s.chunkSamples() != store.chunkSamples() || s.sampleRate() != store.manifest().sampleRate() || s.imageSize() != store.imageSize()) {
            throw new BadInputException(pairs + ": its chunks or images differ from those the judge " + judge + " was trained on; train the judges on this pair store");
        }
    }

    /** At most {@code max} of {@code pairs} (0: all), drawn from {@code seed}, in store order. */
    public static int[] subset(int[] pairs, int max, long seed) {
        if (max == 0 || pairs.length <= max) return pairs;
        int[] order = ClassifierTrainer.shuffled(pairs.length, seed);
        int[] out = new int[max];
        for (int i = 0; i < max; i++) out[i] = pairs[order[i]];
        Arrays.sort(out);
        return out;
    }

    static INDArray stack(float[][] rows, InputShape shape) {
        float[] all = new float[rows.length * shape.size()];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, all, i * shape.size(), shape.size());
        return Nd4j.create(all, shape.batchShape(rows.length));
    }

    private static void copyRows(INDArray m, float[][] into, int offset) {
        for (int r = 0; r < m.size(0); r++) into[offset + r] = m.getRow(r).toFloatVector();
    }

    private static int argMax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    /** The first few held-out pairs of each instrument, real beside generated, where the report looks for them. */
    private static final class Examples {
        private final Path eval;
        private final PairStore store;
        private final int perInstrument;
        private final ConditionalGenerator.Release release;
        private final int[] written = new int[Instrument.values().length];

        Examples(Path eval, PairStore store, int perInstrument, ConditionalGenerator.Release release) {
            this.eval = eval;
            this.store = store;
            this.perInstrument = perInstrument;
            this.release = release;
        }

        void write(int[] test, int from, int b, int k, INDArray samples, float[][] judgeInputs) throws IOException {
            boolean s2i = release.config().direction() == Direction.S2I;
            for (int r = 0; r < b; r++) {
                int pair = test[from + r];
                Instrument instrument = store.instrument(pair);
                if (written[instrument.index()] >= perInstrument) continue;
                written[instrument.index()]++;
                Path dir = eval.resolve(s2i ? "images" : "sounds").resolve(instrument.code());
                Files.createDirectories(dir);
                if (s2i) {
                    int size = store.imageSize();
                    float[] chw = new float[3 * size * size];
                    store.imageFloat(pair, chw);
                    Images.writePng(dir.resolve(String.format(Locale.ROOT, "real-%06d.png", pair)), Images.fromChw(chw, size, size));
                    for (int z = 0; z < k; z++) {
                        float[] g = samples.slice((long) r * k + z).dup('c').data().asFloat();
                        Images.writePng(dir.resolve("generated-" + sampleName(pair, z).substring(5) + ".png"), Images.fromChw(g, size, size));
                    }
                } else {
                    var sound = (SampleKind.Sound) SampleKind.of(release);
                    float[] chunk = new float[store.chunkSamples()];
                    store.audio(pair, chunk);
                    int rate = sound.lms().sampleRate();
                    WavWriter.writeMono(dir.resolve(String.format(Locale.ROOT, "real-%06d.wav", pair)), chunk, rate, 16);
                    float[] g = sound.audio(samples.get(org.nd4j.linalg.indexing.NDArrayIndex.interval((long) r * k, (long) r * k + 1),
                            org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all()), 0);
                    WavWriter.writeMono(dir.resolve("generated-" + sampleName(pair, 0).substring(5) + ".wav"), g, rate, 16);
                }
            }
        }
    }
}

package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.ClassifierTrainer;
import org.synesthesia.nn.DiffAugment;
import org.synesthesia.nn.InputShape;
import org.synesthesia.progress.Progress;

/**
 * Trains a conditional GAN, either direction, resumably. Each step: make fakes with G, one D step
 * on real, fake and mismatched pairs, one G step through D's frozen copy, then the EMA. The step
 * counter drives checkpoints and sample grids; every step's batch, noise and mismatch follow from
 * (seed, step), so a run killed at any point and resumed ends with the same weights.
 */
public final class GanTrainer {

    /** Loss names, as logged and exported. */
    public static final String LOSS_D = "loss_d";
    public static final String LOSS_G = "loss_g";
    public static final String D_REAL = "d_real";
    public static final String D_FAKE = "d_fake";
    public static final String D_MISMATCH = "d_mismatch";
    /** With the class head: the share of probed fakes that D's head names as their condition's instrument. */
    public static final String FAKE_CLASS = "fake_class";
    /** With a pose guide: its squared error on G's pictures against the labelled poses, summed over the shown parts. */
    public static final String POSE_GUIDE = "pose_guide";

    /** What one step did: its timings in seconds, the pairs it used, and its losses by name. */
    public record Step(long step, long totalSteps, int pairs, double dataSeconds, double dSeconds, double gSeconds,
                       Map<String, Double> losses) {
        public double seconds() { return dataSeconds + dSeconds + gSeconds; }

        public double pairsPerSecond() { return pairs / seconds(); }
    }

    /**
     * The networks at the end of {@link #train}: the combined graph (G + frozen D), D, the EMA G,
     * and the mean of the EMA at {@code averaged} checkpoints (null when none was averaged).
     */
    public record Result(ComputationGraph combined, ComputationGraph discriminator, ComputationGraph ema, ComputationGraph average, int averaged, long step) {}

    private final GanConfig config;
    private final ConditionalSet train;
    private final Path run;
    private final GanObjective objective;
    private final int batch;
    private final ConditionalGenerator.Origin origin;
    private final Start start;

    /**
     * What a run that starts now (not a resumed one, whose checkpoint holds both) begins with: the
     * pose guide (null without one), and the checkpoint of another run whose G, D and EMA weights it
     * starts from (null to start from scratch), with its optimizer state where the layout allows,
     * at step 0.
     */
    record Start(PoseGuide guide, GanCheckpoints.Snapshot from) {
        static final Start FRESH = new Start(null, null);
    }

    public GanTrainer(GanConfig config, ConditionalSet train, Path run) {
        this(config, train, run, ConditionalGenerator.Origin.none(), Start.FRESH);
    }

    /** A trainer whose releases record {@code origin}, so that generation can read files, and whose run begins with {@code start}. */
    GanTrainer(GanConfig config, ConditionalSet train, Path run, ConditionalGenerator.Origin origin, Start start) {
        if (train.size() < 2) throw new BadInputException("the GAN's training set has " + train.size() + " pairs: it needs at least 2; prepare more data");
        this.config = config;
        this.train = train;
        this.run = run;
        this.batch = Math.min(config.batchSize(), train.size());
        this.origin = origin;
        this.start = start;
        this.objective = GanObjective.matchingAware(config.classWeight());
    }

    /** Full batches per pass; the remainder is left out so that every step sees the same batch size. */
    public long stepsPerEpoch() { return train.size() / batch; }

    /**
     * Trains to {@code config.steps()} (or to {@code stopAfter} steps, for tests that simulate a
     * kill), resuming from the run's checkpoint when there is one.
     */
    public Result train(Progress progress, Consumer<Step> onStep, long stopAfter) throws IOException {
        InputShape shape = train.sampleShape();
        int cond = train.conditionSize();
        var restored = GanCheckpoints.restore(run, batch);
        if (restored.isEmpty() && config.poseGuided()) {
            if (start.guide() == null) throw new BadInputException("poseWeight is above 0, but no pose guide was given: pass --pose-guide RUN (a pose regressor), or set poseWeight=0");
            start.guide().requireReads(shape);
        }
        ComputationGraph combined = restored.map(GanCheckpoints.Snapshot::combined).orElseGet(() -> GanNets.combined(config, shape, cond, start.guide()));
        ComputationGraph d = restored.map(GanCheckpoints.Snapshot::discriminator).orElseGet(() -> GanNets.discriminator(config, shape, cond));
        boolean headed = GanObjective.hasClassHead(d);
        requireSameD(headed, config.classHead(), "the class head", "classWeight " + (headed ? "above 0" : "0"));
        boolean guided = PoseGuide.in(combined);
        requireSameD(guided, config.poseGuided(), "a pose guide", "poseWeight " + (guided ? "above 0" : "0"));
        boolean augmented = d.getConfiguration().getVertices().containsKey(GanNets.AUGMENT);
        requireSameD(augmented, config.augment(), "augmentation", "augment=" + augmented);
        ComputationGraph generator = GanNets.generator(config, shape, cond);
        if (restored.isEmpty() && start.from() != null) {
            GanCheckpoints.Snapshot from = start.from();
            if (!GanNets.sameLayers(from.combined(), combined, GanNets.G_PREFIX) || !GanNets.sameLayers(from.discriminator(), d, GanNets.D_PREFIX)) {
                throw new BadInputException("the run to start from has other networks than these settings make: start from a run with the same widths, encoder and heads");
            }
            GanNets.copyLayers(from.combined(), combined, GanNets.G_PREFIX);
            GanNets.copyLayers(from.discriminator(), d, GanNets.D_PREFIX);
            // Adam's moments too, so that a continuation goes on as the run did. Frozen layers (D's
            // copy, a guide) keep none, so a guide leaves G's layout as it was
            continueUpdater(from.combined(), combined);
            continueUpdater(from.discriminator(), d);
        }
        GanNets.copyLayers(combined, generator, GanNets.G_PREFIX);
        ComputationGraph ema = restored.map(GanCheckpoints.Snapshot::ema)
                .orElseGet(() -> start.from() != null ? start.from().ema().clone() : generator.clone());
        long step = restored.map(GanCheckpoints.Snapshot::step).orElse(0L);
        // the EMA's age goes on with its weights: restarting its ramp in a continuation made the
        // release follow G closely for hundreds of steps
        long emaPairs = restored.map(GanCheckpoints.Snapshot::emaPairs).orElse(start.from() != null ? start.from().emaPairs() : 0L);
        ComputationGraph average = restored.map(GanCheckpoints.Snapshot::average).orElse(null);
        int averaged = restored.map(GanCheckpoints.Snapshot::averaged).orElse(0);

        INDArray real = Nd4j.create(DataType.FLOAT, shape.batchShape(batch));
        INDArray conditions = Nd4j.create(DataType.FLOAT, batch, cond);
        int[] order = null;
        long orderEpoch = -1;
        while (step < config.steps() && step < stopAfter) {
            long t0 = System.nanoTime();
            long epoch = step / stepsPerEpoch();
            if (epoch != orderEpoch) {
                order = ClassifierTrainer.shuffled(train.size(), config.seed() * 1_000_003L + epoch);
                orderEpoch = epoch;
            }
            int from = (int) (step % stepsPerEpoch()) * batch;
            int[] rows = Arrays.copyOfRange(order, from, from + batch);
            train.batch(rows, real, conditions);
            int[] classes = new int[batch];
            float[][] poses = guided ? new float[batch][] : null;
            for (int k = 0; k < batch; k++) {
                classes[k] = train.instrument(rows[k]);
                if (guided) poses[k] = train.pose(rows[k]);
            }
            Random rng = new Random(config.seed() * 0x9E3779B97F4A7C15L + step);
            INDArray mismatched = conditions.getRows(rotation(batch, 1 + rng.nextInt(batch - 1)));
            INDArray noiseD = ConditionalGenerator.noise(rng, batch, config.noiseSize());
            INDArray noiseG = ConditionalGenerator.noise(rng, batch, config.noiseSize());
            long t1 = System.nanoTime();

            GanNets.copyLayers(combined, generator, GanNets.G_PREFIX);
            INDArray fake = generator.output(true, noiseD, conditions)[0];
            // the augmentations of this step's D and G passes follow from (seed, step) like its noise
            DiffAugment.reseed(d, rng.nextLong());
            DiffAugment.reseed(combined, rng.nextLong());
            var dl = objective.discriminatorStep(d, real, fake, conditions, mismatched, classes);
            long t2 = System.nanoTime();
            var gl = objective.generatorStep(combined, d, noiseG, conditions, classes, poses, config.poseWeightAt(step + 1));
            step++;
            emaPairs += batch;
            Ema.update(ema, combined, GanNets.G_PREFIX, Ema.beta(batch, config.emaHalfLifePairs(), emaPairs));
            long t3 = System.nanoTime();

            Map<String, Double> losses = new LinkedHashMap<>();
            losses.put(LOSS_D, dl.lossD());
            losses.put(LOSS_G, gl.lossG());
            losses.put(D_REAL, dl.dReal());
            losses.put(D_FAKE, dl.dFake());
            losses.put(D_MISMATCH, dl.dMismatch());
            if (config.classHead()) losses.put(FAKE_CLASS, dl.fakeClassRight());
            if (guided) losses.put(POSE_GUIDE, gl.poseError());
            onStep.accept(new Step(step, config.steps(), batch, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, losses));
            progress.update("train " + config.direction().name().toLowerCase(java.util.Locale.ROOT), step, config.steps());
            if (config.sampleEvery() > 0 && step % config.sampleEvery() == 0) writeSamples(ema, conditions, step);
            boolean onGrid = step % config.checkpointEvery() == 0;
            if (onGrid || step == config.steps()) {
                // only checkpoints on the grid are averaged (GanConfig.averages), so that a run
                // continued from a last step off it (--resume --steps N) averages what one longer run does
                if (config.averages(step)) {
                    if (average == null) average = ema.clone();
                    // a running mean is a moving average whose weight on the past is n / (n + 1)
                    else Ema.update(average, ema, GanNets.G_PREFIX, averaged / (averaged + 1.0));
                    averaged++;
                }
                GanCheckpoints.save(run, new GanCheckpoints.Snapshot(combined, d, ema, step, emaPairs, average, averaged), config::averages);
                var release = new ConditionalGenerator.Release(config, shape.channels(), shape.height(), shape.width(), cond, step, origin, averaged, null);
                ConditionalGenerator.write(run, release, average != null ? average : ema);
            }
        }
        return new Result(combined, d, ema, average, averaged, step);
    }

    /** Copies {@code from}'s optimizer state into {@code to} where the two have the same layout. */
    private static void continueUpdater(ComputationGraph from, ComputationGraph to) {
        INDArray source = from.getUpdater().getStateViewArray();
        INDArray target = to.getUpdater().getStateViewArray();
        if (source != null && target != null && source.length() == target.length()) target.assign(source);
    }

    /** A checkpoint's D has a part ({@code what}) exactly when the config asks for it; otherwise a one-line error naming the {@code setting} to resume with. */
    private void requireSameD(boolean checkpointHas, boolean configWants, String what, String setting) {
        if (checkpointHas != configWants) {
            throw new BadInputException(run + ": its checkpoint was trained " + (checkpointHas ? "with " : "without ") + what
                    + ", and the config now says otherwise: resume with " + setting + ", or use a new --out");
        }
    }

    /** A grid of EMA samples: four noises (columns) for each of up to eight conditions of the last batch. */
    private void writeSamples(ComputationGraph ema, INDArray conditions, long step) throws IOException {
        int rows = (int) Math.min(8, conditions.size(0));
        int[] repeat = new int[rows * 4];
        for (int i = 0; i < repeat.length; i++) repeat[i] = i / 4;
        INDArray z = ConditionalGenerator.noise(new Random(config.seed()), repeat.length, config.noiseSize());
        INDArray samples = ema.output(false, z, conditions.getRows(repeat))[0];
        SampleGrid.writePng(samples, 4, run.resolve("samples").resolve(String.format("step-%08d.png", step)));
    }

    /** Row {@code i} takes row {@code (i + offset) % n}: with 0 < offset < n no pair keeps its own condition. */
    static int[] rotation(int n, int offset) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = (i + offset) % n;
        return rows;
    }
}

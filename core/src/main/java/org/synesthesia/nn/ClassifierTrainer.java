package org.synesthesia.nn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.synesthesia.progress.Progress;

/**
 * Trains one classifier graph, resumably. Every step's batch and augmentation follow from the
 * seed and the step number alone, and checkpoints hold the updater state, so a run killed at any
 * point and resumed ends with the same weights as one that never stopped.
 */
public final class ClassifierTrainer {

    /** What one step did, for progress and metrics. */
    public record Step(long step, long totalSteps, int epoch, double loss, double seconds, int examples) {}

    private final ClassifierConfig config;
    private final LabeledSet train;
    private final Path run;

    public ClassifierTrainer(ClassifierConfig config, LabeledSet train, Path run) {
        if (train.size() == 0) throw new IllegalArgumentException("the training split is empty");
        this.config = config;
        this.train = train;
        this.run = run;
    }

    public long stepsPerEpoch() { return (train.size() + config.batchSize() - 1) / config.batchSize(); }

    public long totalSteps() { return stepsPerEpoch() * config.epochs(); }

    /**
     * Trains to the end (or to {@code stopAfter} steps, for tests that simulate a kill), resuming
     * from the run's checkpoint when there is one. Returns the trained graph.
     */
    public ComputationGraph train(Progress progress, java.util.function.Consumer<Step> onStep, long stopAfter) throws IOException {
        ComputationGraph net = Checkpoints.restore(run).orElseGet(() -> ClassifierNets.build(config, train.shape(), totalSteps()));
        long step = Checkpoints.state(run).map(Checkpoints.State::step).orElse(0L);
        long total = totalSteps();
        String[] outputs = ClassifierNets.outputs(config);
        int[] order = null;
        int orderEpoch = -1;
        while (step < total && step < stopAfter) {
            int epoch = (int) (step / stepsPerEpoch());
            if (epoch != orderEpoch) {
                order = shuffled(train.size(), config.seed() * 1_000_003L + epoch);
                orderEpoch = epoch;
            }
            int from = (int) (step % stepsPerEpoch()) * config.batchSize();
            int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(from + config.batchSize(), order.length));
            Random augment = config.augment() ? new Random(config.seed() * 0x9E3779B97F4A7C15L + step) : null;
            long t0 = System.nanoTime();
            MultiDataSet batch = train.batch(rows, outputs, augment);
            net.fit(batch);
            step++;
            double secs = (System.nanoTime() - t0) / 1e9;
            onStep.accept(new Step(step, total, epoch, net.score(), secs, rows.length));
            progress.update("train " + config.encoding().id() + " " + config.role(), step, total);
            if (step % config.checkpointEvery() == 0 || step == total) Checkpoints.save(run, net, step);
        }
        return net;
    }

    /** A permutation of {@code 0..n-1} from a seed (Fisher-Yates). */
    public static int[] shuffled(int n, long seed) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        Random rng = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

}

package org.synesthesia.gan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Checkpoints;
import org.synesthesia.nn.Classifier;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;

/**
 * A by-hand experiment: a release with its BatchNorm statistics measured anew
 * ({@link StandingStatistics}) on conditions of its training split, written as a new run folder
 * for {@code synesthesia evaluate}.
 *
 * <pre>java -cp ... org.synesthesia.gan.StandReleases OUT RUN [CONDITIONS [SAMPLES]]</pre>
 */
public final class StandReleases {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) throw new IllegalArgumentException("usage: StandReleases OUT RUN [CONDITIONS [SAMPLES]]");
        Path out = Path.of(args[0]);
        Path run = Path.of(args[1]);
        int conditionCount = args.length > 2 ? Integer.parseInt(args[2]) : 2048;
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 4096;
        var release = Json.readFile(run.resolve(ConditionalGenerator.CONFIG), ConditionalGenerator.Release.class);
        ComputationGraph g = Checkpoints.readModel(run.resolve(ConditionalGenerator.WEIGHTS));
        PairStore store = PairStore.open(Path.of(release.origin().pairStore()));
        int[] train = store.indices(Split.TRAIN);
        Random rng = new Random(1);
        int[] chosen = new int[Math.min(conditionCount, train.length)];
        for (int i = 0; i < chosen.length; i++) chosen[i] = train[rng.nextInt(train.length)];
        PairConditions set = PairConditions.of(store, chosen, release.config().direction(), Classifier.load(Path.of(release.origin().encoderRun())),
                release.origin().lms(), Progress.NONE);
        float[][] rows = new float[set.size()][];
        for (int i = 0; i < rows.length; i++) rows[i] = set.condition(i);
        long t = System.nanoTime();
        var layers = StandingStatistics.measure(g, Nd4j.create(rows), release.config().noiseSize(), samples, 1);
        System.out.printf("measured %s over %d samples in %.1f s%n", layers, samples, (System.nanoTime() - t) / 1e9);
        Files.createDirectories(out);
        ConditionalGenerator.write(out, release, g);
        System.out.println("wrote " + out);
    }
}

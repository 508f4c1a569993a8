package org.synesthesia.gan;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.synesthesia.eval.JudgePanel;
import org.synesthesia.eval.Judges;
import org.synesthesia.eval.ReleaseChoice;
import org.synesthesia.nn.Classifier;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;

/**
 * A by-hand experiment: what {@code choose} sees of many generator weights of one S2I run (its EMA
 * at each checkpoint, say), and what {@code evaluate} would see, per sample: the judge's verdict
 * on samples from the test split's conditions and from the {@code TRAIN_PAIRS} training
 * conditions {@code choose} scores by default. Writes one CSV row per weights file, split, pair and
 * sample: {@code weights,split,pair,right}.
 *
 * <pre>java -cp ... org.synesthesia.gan.ScoreSnapshots JUDGES RUN OUT.csv TRAIN_PAIRS WEIGHTS.zip...</pre>
 *
 * RUN gives the release's config and encoder; each WEIGHTS.zip is read as an EMA candidate of it.
 */
public final class ScoreSnapshots {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) throw new IllegalArgumentException("usage: ScoreSnapshots JUDGES RUN OUT.csv TRAIN_PAIRS WEIGHTS.zip...");
        JudgePanel judge = Judges.in(Path.of(args[0])).panel(true);
        Path run = Path.of(args[1]);
        Path out = Path.of(args[2]);
        var release = ConditionalGenerator.load(run).release();
        PairStore store = PairStore.open(Path.of(release.origin().pairStore()));
        Classifier encoder = Classifier.load(Path.of(release.origin().encoderRun()));
        int[] test = store.indices(Split.TEST);
        int[] train = org.synesthesia.eval.GanEvaluation.subset(store.indices(Split.TRAIN), Integer.parseInt(args[3]), 1);
        PairConditions testSet = PairConditions.of(store, test, Direction.S2I, encoder, release.origin().lms(), Progress.NONE);
        PairConditions trainSet = PairConditions.of(store, train, Direction.S2I, encoder, release.origin().lms(), Progress.NONE);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp)) {
            w.write("weights,split,pair,right\n");
            for (int a = 4; a < args.length; a++) {
                Path weights = Path.of(args[a]);
                ConditionalGenerator g = ConditionalGenerator.load(run, new ConditionalGenerator.Candidate(0, 0, weights));
                long t = System.nanoTime();
                double testShare = write(w, weights, "test", test, ReleaseChoice.judgedRight(g, judge, store, test, testSet, 1, Progress.NONE, ""));
                double trainShare = write(w, weights, "train", train, ReleaseChoice.judgedRight(g, judge, store, train, trainSet, 1, Progress.NONE, ""));
                System.out.printf("%s test %.4f train %.4f (%.1f s)%n", weights, testShare, trainShare, (System.nanoTime() - t) / 1e9);
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static double write(BufferedWriter w, Path weights, String split, int[] pairs, boolean[] right) throws java.io.IOException {
        int n = 0;
        for (int i = 0; i < right.length; i++) {
            if (right[i]) n++;
            w.write(weights + "," + split + "," + pairs[i / ReleaseChoice.SAMPLES] + "," + (right[i] ? 1 : 0) + "\n");
        }
        return n / (double) right.length;
    }

    private ScoreSnapshots() {}
}

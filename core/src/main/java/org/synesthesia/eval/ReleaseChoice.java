package org.synesthesia.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.gan.ConditionalGenerator;
import org.synesthesia.gan.Direction;
import org.synesthesia.gan.PairConditions;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Classifier;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;

/**
 * Chooses a GAN run's release among the weights its checkpoint folder keeps
 * ({@link ConditionalGenerator#candidates}: the mean of the averaged checkpoints and the EMA at
 * each). Each candidate generates from conditions of the run's own training split, and the judge
 * of the generated modality names their instruments; the candidate it names right most often
 * becomes the release, and every score goes to {@code RUN/choice.json}. The test split is never
 * read, so {@code evaluate} still measures the chosen release on pairs nothing was chosen on.
 *
 * <p>Why: S2I swings between checkpoints (which instruments come out right changes every few
 * hundred steps, on a longer scale than the EMA's). On 17 releases of the fourteenth to sixteenth
 * sessions, a judge's figure on training conditions followed its test figure with correlation
 * 0.93, and choosing by it found that judge's best test candidate on both runs tried. But another
 * judge ranks the candidates otherwise, so a choice is only as good as its judge is the one the
 * release will be judged by (BENCHMARKS.md, seventeenth session).
 *
 * <p>Conditions, noise and judging all follow from the seed, so choosing again gives the same
 * release; a training run resumed afterwards writes its own release again.
 */
public final class ReleaseChoice {

    public static final String FILE = "choice.json";
    /** Training conditions scored by default. */
    public static final int CONDITIONS = 1024;
    /** Samples generated per condition. */
    public static final int SAMPLES = 2;
    private static final int BATCH = 32;

    /** One candidate's share of samples the judge named right. */
    public record Score(String candidate, long step, int averaged, double accuracy) {}

    /** What {@code choice.json} holds: how the candidates were scored, their scores, and the one chosen. */
    public record Choice(String judge, int conditions, int samplesPerCondition, long seed, List<Score> scores, String chosen) {}

    private ReleaseChoice() {}

    /** Scores the run's candidates on {@code conditions} training conditions (0: all) and releases the best. */
    public static Choice choose(Path run, Judges judges, int conditions, long seed, Progress progress) throws IOException {
        if (conditions < 0) throw new BadInputException("conditions must be 0 (all) or more, not " + conditions);
        ConditionalGenerator.Release release = ConditionalGenerator.load(run).release();
        List<ConditionalGenerator.Candidate> candidates = ConditionalGenerator.candidates(run);
        if (candidates.isEmpty()) throw new BadInputException(run + " keeps no checkpoint to choose its release from: train it with checkpoints");
        var origin = release.origin();
        if (origin.encoderRun().isEmpty() || origin.pairStore().isEmpty()) {
            throw new BadInputException(run + " does not say which pair store and encoder trained it, so it has no training conditions: retrain it");
        }
        Path pairs = Path.of(origin.pairStore());
        if (!Files.isDirectory(pairs)) throw new BadInputException(run + " was trained on " + pairs + ", which is gone: its training conditions are needed to choose");
        boolean s2i = release.config().direction() == Direction.S2I;
        JudgePanel judge = judges.panel(s2i);
        PairStore store = PairStore.open(pairs);
        GanEvaluation.checkJudgeFits(judge, store, pairs);
        int[] train = GanEvaluation.subset(store.indices(Split.TRAIN), conditions, seed);
        if (train.length == 0) throw new BadInputException(pairs + " has no training pairs");
        PairConditions set = PairConditions.of(store, train, release.config().direction(), Classifier.load(Path.of(origin.encoderRun())),
                origin.lms(), progress);

        List<Score> scores = new ArrayList<>();
        for (ConditionalGenerator.Candidate c : candidates) {
            boolean[] right = judgedRight(ConditionalGenerator.load(run, c), judge, store, train, set, seed, progress, "choose: " + c.name());
            int n = 0;
            for (boolean r : right) if (r) n++;
            scores.add(new Score(c.name(), c.step(), c.averaged(), n / (double) right.length));
        }
        int best = best(scores);
        ConditionalGenerator.Candidate chosen = candidates.get(best);
        String how = String.format(Locale.ROOT, "chosen as the best of %d candidates by the judge on %d training conditions (%.4f)",
                candidates.size(), train.length, scores.get(best).accuracy());
        Choice choice = new Choice(judge.toString(), train.length, SAMPLES, seed, scores, chosen.name());
        Json.writeFile(run.resolve(FILE), choice);
        ConditionalGenerator.release(run, chosen, how);
        return choice;
    }

    /**
     * Whether the judge names the instrument of {@code pairs[i]} in each of the {@link #SAMPLES}
     * samples {@code g} makes from {@code set}'s conditions (row {@code i * SAMPLES + k}); the noise
     * follows from {@code seed}.
     */
    public static boolean[] judgedRight(ConditionalGenerator g, JudgePanel judge, PairStore store, int[] pairs, PairConditions set, long seed,
                                        Progress progress, String stage) {
        boolean[] right = new boolean[pairs.length * SAMPLES];
        for (int from = 0; from < pairs.length; from += BATCH) {
            int b = Math.min(BATCH, pairs.length - from);
            INDArray rows = Nd4j.create(b, set.conditionSize());
            for (int r = 0; r < b; r++) rows.putRow(r, Nd4j.create(set.condition(from + r)));
            INDArray samples = g.generate(rows, seed + from, SAMPLES);
            float[][] inputs = GanEvaluation.judgeInputs(samples, g.release(), judge.features(), seed + from);
            INDArray p = judge.probabilities(GanEvaluation.stack(inputs, judge.features().shape()));
            for (int j = 0; j < b * SAMPLES; j++) {
                right[from * SAMPLES + j] = p.getRow(j).argMax().getInt(0) == store.instrument(pairs[from + j / SAMPLES]).index();
            }
            progress.update(stage, from + b, pairs.length);
        }
        return right;
    }

    /** The highest score's index; a tie goes to the earlier candidate (the mean, then the later EMA). */
    public static int best(List<Score> scores) {
        int best = 0;
        for (int i = 1; i < scores.size(); i++) if (scores.get(i).accuracy() > scores.get(best).accuracy()) best = i;
        return best;
    }
}

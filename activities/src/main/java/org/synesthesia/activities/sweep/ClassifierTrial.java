package org.synesthesia.activities.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;

/**
 * A real classifier trial: core's {@link ClassifierRun} on the sweep's pair store with the
 * trial's {@code encoding}, {@code width}, {@code embeddingSize}, {@code learningRate}, {@code
 * batchSize}, {@code augment} and {@code seed}, trained for {@code budget} epochs. A later rung
 * trains the same folder again with more epochs, which resumes its checkpoint (ASHA's promotion).
 * The objective is the test split's {@code test_accuracy} (or {@code test_error}); every step's
 * loss is reported as {@code train_loss}.
 */
public final class ClassifierTrial implements SweepTrialRunner {
    @Override
    public double train(Map<String, Object> params, Path pairs, Path folder, String metric, int budget, int maxBudget,
                        BiConsumer<String, double[]> metrics, Runnable beat) throws IOException {
        if (pairs == null) throw new BadInputException("a classifier sweep needs \"pairsPath\": a prepared pair store");
        ClassifierConfig d = ClassifierConfig.defaults(Encoding.parse(String.valueOf(params.getOrDefault("encoding", "lms"))), "encoder");
        ClassifierConfig config = new ClassifierConfig(d.encoding(), "encoder", false, 1,
                integer(params, "embeddingSize", d.embeddingSize()), integer(params, "width", d.width()), budget,
                integer(params, "batchSize", d.batchSize()), number(params, "learningRate", d.learningRate()),
                // a trial continues to larger budgets rung by rung: a decay fixed to the first
                // budget would have reached zero there, so the rate stays put unless asked
                params.get("decay") instanceof Boolean b && b,
                integer(params, "seed", (int) d.seed()), params.get("augment") instanceof Boolean a ? a : d.augment(),
                integer(params, "checkpointEvery", d.checkpointEvery()));
        ClassifierRun.Record record = ClassifierRun.train(config, pairs, folder, (stage, done, total) -> beat.run(),
                step -> metrics.accept("train_loss", new double[] {step.step(), step.loss()}));
        double accuracy = record.test().accuracy();
        return switch (metric) {
            case "test_accuracy" -> accuracy;
            case "test_error" -> 1 - accuracy;
            default -> throw new BadInputException("a classifier trial measures test_accuracy or test_error, not " + metric);
        };
    }

    private static int integer(Map<String, Object> p, String key, int fallback) {
        return p.get(key) instanceof Number n ? n.intValue() : fallback;
    }

    private static double number(Map<String, Object> p, String key, double fallback) {
        return p.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }
}

package org.synesthesia.activities.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;

/** What one kind of sweep trial does for a rung: train to a budget in its folder and return the objective. */
@FunctionalInterface
public interface SweepTrialRunner {
    /**
     * Trains (resuming {@code folder}) to {@code budget} of {@code maxBudget} with {@code params},
     * reporting intermediate metrics (step, value) by name to {@code metrics}; returns {@code metric}'s value.
     * {@code beat} is called often; it throws once the attempt is cancelled.
     */
    double train(Map<String, Object> params, Path pairs, Path folder, String metric, int budget, int maxBudget,
                 BiConsumer<String, double[]> metrics, Runnable beat) throws IOException;
}

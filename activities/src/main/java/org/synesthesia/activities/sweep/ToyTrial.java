package org.synesthesia.activities.sweep;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import org.synesthesia.sweep.ToyObjective;

/**
 * The deterministic toy trial: core's {@link ToyObjective}, no training. Parameter {@code millis}
 * makes each rung take that long (heartbeating), so that pause, stop and cancel can land mid-trial.
 */
public final class ToyTrial implements SweepTrialRunner {
    @Override
    public double train(Map<String, Object> params, Path pairs, Path folder, String metric, int budget, int maxBudget,
                        BiConsumer<String, double[]> metrics, Runnable beat) {
        long millis = params.get("millis") instanceof Number n ? n.longValue() : 0;
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            beat.run();
            try {
                Thread.sleep(Math.min(20, Math.max(1, until - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("toy trial interrupted", e);
            }
        }
        if (Boolean.TRUE.equals(params.get("fail"))) throw new org.synesthesia.io.BadInputException("toy trial asked to fail (\"fail\": true)");
        return ToyObjective.value(params, budget, maxBudget);
    }
}

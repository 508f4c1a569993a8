package org.synesthesia.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
    static final Objective MAX = new Objective("toy", "max", null);

    @Test
    void ashaRungsGrowByEtaUpToTheFullBudget() {
        assertEquals(List.of(1, 3, 9), new EarlyStopping.Asha(1, 9, 3).budgets());
        assertEquals(List.of(1, 2, 4, 5), new EarlyStopping.Asha(1, 5, 2).budgets());
    }

    /**
     * 27 random trials of the toy objective, reported asynchronously: each trial's rungs arrive
     * interleaved with the others' (two in flight at a time), as a parallel sweep would see them.
     */
    @Test
    void ashaStopsAtLeastAThirdEarlyAndKeepsTheTrueBest() {
        EarlyStopping.Asha asha = new EarlyStopping.Asha(1, 9, 3);
        RandomSampler sampler = new RandomSampler(SearchSpace.parse(SamplersTest.SPACE), 11);
        Map<Integer, List<Double>> atBudget = new HashMap<>();
        List<Integer> stopped = new ArrayList<>(), finished = new ArrayList<>();
        int trials = 27, best = -1;
        double bestQuality = -1;
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            params.add(sampler.suggest(i, List.of()));
            if (ToyObjective.quality(params.get(i)) > bestQuality) {
                bestQuality = ToyObjective.quality(params.get(i));
                best = i;
            }
        }
        // two lanes: trial 2k and 2k+1 alternate rung by rung
        for (int i = 0; i < trials; i += 2) {
            boolean[] alive = {true, i + 1 < trials};
            for (int budget : asha.budgets()) {
                for (int lane = 0; lane < 2; lane++) {
                    if (!alive[lane]) continue;
                    int t = i + lane;
                    double v = ToyObjective.value(params.get(t), budget, 9);
                    Verdict verdict = asha.judge(budget, v, List.copyOf(atBudget.getOrDefault(budget, List.of())), MAX);
                    atBudget.computeIfAbsent(budget, b -> new ArrayList<>()).add(v);
                    if (verdict.stop()) {
                        assertTrue(verdict.reason().startsWith("asha: toy "), verdict.reason());
                        stopped.add(t);
                        alive[lane] = false;
                    } else if (budget == 9) finished.add(t);
                }
            }
        }
        assertTrue(stopped.size() >= trials / 3, "stopped early: " + stopped.size() + " of " + trials);
        assertTrue(finished.contains(best), "the true best trial " + best + " ran to the end: " + finished);
        assertEquals(trials, stopped.size() + finished.size());
    }

    @Test
    void medianStopsOnlyTrialsBelowTheMedianAfterTheGrace() {
        EarlyStopping.Median median = new EarlyStopping.Median(5, 1, 3);
        assertFalse(median.judge(1, 0.1, List.of(0.5, 0.6, 0.7), MAX).stop(), "within the grace budget");
        assertFalse(median.judge(2, 0.1, List.of(0.5, 0.6), MAX).stop(), "too few others");
        assertTrue(median.judge(2, 0.5, List.of(0.5, 0.6, 0.7), MAX).stop());
        assertFalse(median.judge(2, 0.6, List.of(0.5, 0.6, 0.7), MAX).stop(), "at the median goes on");
        assertFalse(median.judge(2, 0.5, List.of(0.5, 0.6, 0.7), new Objective("loss", "min", null)).stop());
        assertFalse(median.judge(5, 0.0, List.of(0.5, 0.6, 0.7), MAX).stop(), "a trial at its full budget is finished, not stopped");
    }
}

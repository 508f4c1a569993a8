package org.synesthesia.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplersTest {
    static final Map<String, Object> SPACE = Map.of(
            "encoding", Map.of("values", List.of("lms", "cqt", "wave")),
            "x", Map.of("min", 0.0, "max", 1.0),
            "lr", Map.of("min", 1e-5, "max", 1e-1, "scale", "log"));
    static final Objective MAX = new Objective("toy", "max", null);

    @Test
    void aGridVisitsEveryPointOnceThenStops() {
        SearchSpace space = SearchSpace.parse(Map.of("encoding", List.of("lms", "cqt"), "width", Map.of("min", 4, "max", 16, "type", "int")));
        GridSampler grid = new GridSampler(space, 3);
        assertEquals(6, grid.capacity());
        HashSet<Map<String, Object>> seen = new HashSet<>();
        for (int i = 0; i < 6; i++) seen.add(grid.suggest(i, List.of()));
        assertEquals(6, seen.size());
        assertTrue(seen.contains(Map.of("encoding", "cqt", "width", 10)), seen.toString());
        assertNull(grid.suggest(6, List.of()));
    }

    @Test
    void randomIsSeededPerTrialAndLogScalesSpreadOverDecades() {
        SearchSpace space = SearchSpace.parse(SPACE);
        RandomSampler a = new RandomSampler(space, 7), b = new RandomSampler(space, 7), c = new RandomSampler(space, 8);
        assertEquals(a.suggest(5, List.of()), b.suggest(5, List.of()));
        assertTrue(!a.suggest(5, List.of()).equals(c.suggest(5, List.of())));
        int below1e3 = 0;
        for (int i = 0; i < 400; i++) {
            double lr = (Double) a.suggest(i, List.of()).get("lr");
            assertTrue(lr >= 1e-5 && lr <= 1e-1);
            if (lr < 1e-3) below1e3++;
        }
        assertTrue(below1e3 > 150 && below1e3 < 250, "half the draws lie below 1e-3 on a log scale: " + below1e3);
        // neighbouring trials are independent draws, not a slow drift (java.util.Random's nearby seeds)
        double[] xs = new double[400];
        for (int i = 0; i < 400; i++) xs[i] = (Double) a.suggest(i, List.of()).get("x");
        double lag = 0;
        for (int i = 1; i < 400; i++) lag += Math.abs(xs[i] - xs[i - 1]);
        assertEquals(1.0 / 3, lag / 399, 0.05, "mean |x_i - x_(i-1)| of independent uniforms");
    }

    @Test
    void tpeConcentratesNearTheOptimumOnceItHasObservations() {
        SearchSpace space = SearchSpace.parse(SPACE);
        TpeSampler tpe = new TpeSampler(space, MAX, 3, TpeSampler.Settings.DEFAULTS);
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> p = tpe.suggest(i, history);
            assertEquals(p, tpe.suggest(i, history), "same index and history give the same suggestion");
            history.add(new Observation(i, p, ToyObjective.value(p, 9, 9)));
        }
        double lateMean = history.subList(30, 40).stream().mapToDouble(Observation::value).average().orElseThrow();
        double earlyMean = history.subList(0, 6).stream().mapToDouble(Observation::value).average().orElseThrow();
        assertTrue(lateMean > earlyMean + 0.1, "tpe's late trials beat its random start: " + earlyMean + " -> " + lateMean);
    }

    @Test
    void badSpecsAreRefusedWithTheParameterNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SweepSpec(Map.of("lr", Map.of("min", 0.0, "max", 1.0, "scale", "log")), "tpe", 1L, null, null, null, 3, 10));
        assertEquals("parameter lr: a log scale needs min > 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SweepSpec(SPACE, "bayes", 1L, null, null, null, 3, 10));
        assertEquals("a random sweep needs \"maxTrials\"", assertThrows(IllegalArgumentException.class,
                () -> new SweepSpec(SPACE, "random", 1L, null, null, null, 3, null).trialLimit()).getMessage());
        assertEquals(27, new SweepSpec(SPACE, "grid", null, 3, null, null, 1, null).trialLimit());
    }
}

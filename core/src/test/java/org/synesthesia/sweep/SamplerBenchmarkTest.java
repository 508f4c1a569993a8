package org.synesthesia.sweep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** BENCHMARKS.md's claim, at a smaller scale: TPE reaches the grid's best in fewer trials than random search. */
class SamplerBenchmarkTest {
    @Test
    void tpeReachesTheGridsBestInFewerTrialsThanRandom() {
        double[] grid = SamplerBenchmark.grid(4);
        SamplerBenchmark.Result random = SamplerBenchmark.run("random", grid[0], 5, 150);
        SamplerBenchmark.Result tpe = SamplerBenchmark.run("tpe", grid[0], 5, 150);
        assertTrue(tpe.median() < random.median(), "tpe median " + tpe.median() + " vs random " + random.median());
    }
}

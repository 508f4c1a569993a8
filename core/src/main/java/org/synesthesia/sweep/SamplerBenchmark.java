package org.synesthesia.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How many trials random search and TPE need to reach the best value of a grid over the same
 * space, on {@link ToyObjective} at its full budget, one trial after another, over several seeds.
 */
public final class SamplerBenchmark {
    /** One method's result: per seed, the trials it needed ({@code cap + 1} when it never got there). */
    public record Result(String method, int[] trialsToGridBest, int cap) {
        public double median() {
            int[] s = trialsToGridBest.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        }

        public long reached() { return Arrays.stream(trialsToGridBest).filter(t -> t <= cap).count(); }
    }

    /** The benchmark's space: encoding, x on [0,1] and a learning rate on a log scale. */
    public static final Map<String, Object> SPACE = Map.of(
            "encoding", Map.of("values", List.of("lms", "cqt", "wave")),
            "x", Map.of("min", 0.0, "max", 1.0),
            "lr", Map.of("min", 1e-5, "max", 1e-1, "scale", "log"));

    private SamplerBenchmark() {}

    /** The grid's best value with {@code gridPoints} values per range, and how many points the grid has. */
    public static double[] grid(int gridPoints) {
        GridSampler grid = new GridSampler(SearchSpace.parse(SPACE), gridPoints);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < grid.capacity(); i++) best = Math.max(best, ToyObjective.quality(grid.suggest(i, List.of())));
        return new double[] {best, grid.capacity()};
    }

    public static Result run(String method, double target, int seeds, int cap) {
        Objective objective = new Objective("toy", "max", null);
        int[] needed = new int[seeds];
        for (int seed = 1; seed <= seeds; seed++) {
            Sampler sampler = Sampler.of(method, SearchSpace.parse(SPACE), objective, seed, 3);
            List<Observation> history = new ArrayList<>();
            needed[seed - 1] = cap + 1;
            for (int i = 0; i < cap; i++) {
                Map<String, Object> p = sampler.suggest(i, history);
                double v = ToyObjective.quality(p);
                history.add(new Observation(i, p, v));
                if (v >= target) {
                    needed[seed - 1] = i + 1;
                    break;
                }
            }
        }
        return new Result(method, needed, cap);
    }
}

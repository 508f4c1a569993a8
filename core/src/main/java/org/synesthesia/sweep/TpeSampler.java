package org.synesthesia.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Tree-structured Parzen Estimator (Bergstra et al. 2011), one dimension at a time: the
 * observations are split at the quantile {@code gamma} into good and bad, each side becomes a
 * Parzen estimator ({@code l(x)} and {@code g(x)}), and of {@code candidates} points drawn from
 * {@code l} the one maximizing {@code l(x)/g(x)} is suggested. The first {@code startup} trials,
 * with too few observations to model, are drawn uniformly.
 */
public final class TpeSampler implements Sampler {

    /** The estimator's knobs; {@link #DEFAULTS} follow Optuna's defaults where they apply. */
    public record Settings(double gamma, int candidates, int startup, double minBandwidth) {
        public static final Settings DEFAULTS = new Settings(0.25, 24, 6, 0.03);
    }

    private final SearchSpace space;
    private final Objective objective;
    private final long seed;
    private final Settings settings;

    public TpeSampler(SearchSpace space, Objective objective, long seed, Settings settings) {
        this.space = space;
        this.objective = objective;
        this.seed = seed;
        this.settings = settings;
    }

    @Override
    public Map<String, Object> suggest(int index, List<Observation> observations) {
        Random random = TrialSeeds.of(seed, index);
        if (observations.size() < settings.startup()) return space.sample(random);
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble((Observation o) -> -objective.score(o.value())).thenComparingInt(Observation::index));
        int good = Math.max(1, (int) Math.ceil(settings.gamma() * sorted.size()));
        List<Observation> below = sorted.subList(0, good);
        List<Observation> above = sorted.subList(good, sorted.size());

        Map<String, Object> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < settings.candidates(); c++) {
            Map<String, Object> candidate = new LinkedHashMap<>();
            double score = 0;
            for (Parameter p : space.parameters()) {
                if (p instanceof Parameter.Categorical cat) {
                    double[] l = categorical(cat, below), g = categorical(cat, above);
                    int k = draw(l, random);
                    candidate.put(p.name(), cat.values().get(k));
                    score += Math.log(l[k]) - Math.log(g[k]);
                } else {
                    Parameter.Range range = (Parameter.Range) p;
                    double[] l = units(range, below), g = units(range, above);
                    double u = sampleParzen(l, random);
                    Object v = range.fromUnit(u);
                    double uv = range.toUnit(v); // integers are scored where they land
                    candidate.put(p.name(), v);
                    score += Math.log(parzen(l, uv)) - Math.log(parzen(g, uv));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Category weights: counts plus one (a uniform prior), normalized. */
    private static double[] categorical(Parameter.Categorical p, List<Observation> obs) {
        double[] w = new double[p.values().size()];
        java.util.Arrays.fill(w, 1.0);
        for (Observation o : obs) {
            int i = p.index(o.params().get(p.name()));
            if (i >= 0) w[i] += 1;
        }
        double sum = 0;
        for (double x : w) sum += x;
        for (int i = 0; i < w.length; i++) w[i] /= sum;
        return w;
    }

    private static int draw(double[] weights, Random random) {
        double r = random.nextDouble(), acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (r < acc) return i;
        }
        return weights.length - 1;
    }

    private static double[] units(Parameter.Range p, List<Observation> obs) {
        return obs.stream().filter(o -> o.params().get(p.name()) instanceof Number)
                .mapToDouble(o -> p.toUnit(o.params().get(p.name()))).toArray();
    }

    /** The bandwidth of a set of points on [0,1]: Scott's rule, floored so lone points still spread. */
    private double bandwidth(double[] points) {
        if (points.length < 2) return 0.25;
        double mean = 0, var = 0;
        for (double x : points) mean += x;
        mean /= points.length;
        for (double x : points) var += (x - mean) * (x - mean);
        double sd = Math.sqrt(var / (points.length - 1));
        return Math.max(settings.minBandwidth(), Math.min(0.5, 1.06 * sd * Math.pow(points.length, -0.2)));
    }

    /** The density on [0,1] of a Gaussian mixture over {@code points} plus a uniform prior component. */
    private double parzen(double[] points, double u) {
        double h = bandwidth(points), sum = 1.0; // the prior: uniform density 1 on [0,1]
        for (double x : points) sum += Math.exp(-0.5 * ((u - x) / h) * ((u - x) / h)) / (h * Math.sqrt(2 * Math.PI));
        return sum / (points.length + 1);
    }

    private double sampleParzen(double[] points, Random random) {
        int k = random.nextInt(points.length + 1);
        if (k == points.length) return random.nextDouble();
        double h = bandwidth(points);
        for (int tries = 0; tries < 16; tries++) {
            double u = points[k] + h * random.nextGaussian();
            if (u >= 0 && u <= 1) return u;
        }
        return points[k];
    }
}

package org.synesthesia.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a sweep judges its trials during training and which ones it stops. Trials report the
 * objective at each of {@link #budgets} (epochs, say) and are judged against the values other
 * trials reported at the same budget.
 */
public sealed interface EarlyStopping {

    /** The budgets a trial reports at, ascending; the last is the full budget. */
    List<Integer> budgets();

    /**
     * Judges a trial that reported {@code value} at {@code budget}, given every other trial's value
     * at that budget (in any order; finished and running trials alike).
     */
    Verdict judge(int budget, double value, List<Double> others, Objective objective);

    /** No early stopping: one report, at the full budget. */
    record None(int maxBudget) implements EarlyStopping {
        public List<Integer> budgets() { return List.of(maxBudget); }
        public Verdict judge(int budget, double value, List<Double> others, Objective objective) { return Verdict.CONTINUE; }
    }

    /**
     * Asynchronous successive halving (ASHA, Li et al. 2020) as Optuna's pruner applies it: rungs at
     * {@code minBudget * eta^k}; at a rung a trial goes on only if it ranks in the top {@code 1/eta}
     * of the values reported there so far (the best so far when fewer than {@code eta}).
     */
    record Asha(int minBudget, int maxBudget, int eta) implements EarlyStopping {
        public Asha {
            if (minBudget < 1 || maxBudget < minBudget) throw new IllegalArgumentException("asha needs 1 <= minBudget <= maxBudget");
            if (eta < 2) throw new IllegalArgumentException("asha needs eta >= 2");
        }

        public List<Integer> budgets() {
            List<Integer> rungs = new ArrayList<>();
            for (long b = minBudget; b < maxBudget; b *= eta) rungs.add((int) b);
            rungs.add(maxBudget);
            return rungs;
        }

        public Verdict judge(int budget, double value, List<Double> others, Objective objective) {
            if (budget >= maxBudget) return Verdict.CONTINUE;
            List<Double> scores = new ArrayList<>();
            for (double o : others) scores.add(objective.score(o));
            scores.add(objective.score(value));
            scores.sort((a, b) -> Double.compare(b, a));
            int promotable = Math.max(1, scores.size() / eta);
            double bar = scores.get(promotable - 1);
            if (objective.score(value) >= bar) return Verdict.CONTINUE;
            return Verdict.stop(String.format(java.util.Locale.ROOT,
                    "asha: %s %.4g at budget %d is outside the top 1/%d of %d trials (needed %.4g)",
                    objective.metric(), value, budget, eta, scores.size(), objective.score(bar) * (objective.goal().equals("max") ? 1 : -1)));
        }
    }

    /**
     * The median stopping rule (Golovin et al. 2017, as in Vizier and Optuna): after {@code
     * graceBudget}, a trial stops when its value is worse than the median of the other trials'
     * values at the same budget, once at least {@code minTrials} others reported there.
     */
    record Median(int maxBudget, int graceBudget, int minTrials) implements EarlyStopping {
        public List<Integer> budgets() {
            List<Integer> all = new ArrayList<>();
            for (int b = 1; b <= maxBudget; b++) all.add(b);
            return all;
        }

        public Verdict judge(int budget, double value, List<Double> others, Objective objective) {
            if (budget <= graceBudget || budget >= maxBudget || others.size() < minTrials) return Verdict.CONTINUE;
            List<Double> sorted = new ArrayList<>(others);
            sorted.sort(Double::compare);
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            if (!objective.better(median, value)) return Verdict.CONTINUE;
            return Verdict.stop(String.format(java.util.Locale.ROOT, "median: %s %.4g at budget %d is worse than the median %.4g of %d trials",
                    objective.metric(), value, budget, median, n));
        }
    }

    /**
     * Reads a spec's {@code earlyStopping}: null or {@code {"rule": "none"}}, {@code {"rule": "asha",
     * "minBudget": 1, "eta": 3}} or {@code {"rule": "median", "grace": 1, "minTrials": 3}};
     * {@code maxBudget} is the trial's full budget.
     */
    static EarlyStopping parse(Map<String, ?> spec, int maxBudget) {
        Object rule = spec == null ? "none" : spec.get("rule");
        return switch (String.valueOf(rule)) {
            case "none" -> new None(maxBudget);
            case "asha" -> new Asha(number(spec, "minBudget", 1), maxBudget, number(spec, "eta", 3));
            case "median" -> new Median(maxBudget, number(spec, "grace", 1), number(spec, "minTrials", 3));
            default -> throw new IllegalArgumentException("earlyStopping rule must be \"none\", \"asha\" or \"median\", not \"" + rule + "\"");
        };
    }

    private static int number(Map<String, ?> spec, String key, int fallback) {
        Object v = spec.get(key);
        if (v == null) return fallback;
        if (!(v instanceof Number n)) throw new IllegalArgumentException("earlyStopping " + key + " must be a number");
        return n.intValue();
    }
}

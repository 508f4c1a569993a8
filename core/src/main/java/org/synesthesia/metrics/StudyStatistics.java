package org.synesthesia.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers {@code study report} prints from a human study's answers: accuracy by condition (e.g.
 * "real image", "S2I lms") with Wilson score intervals, and how well people agree with the
 * judging classifier on the same items.
 */
public final class StudyStatistics {

    /** One rater's answer to one item. {@code answer} and {@code classifier} are class indices; -1 when absent. */
    public record Answer(String item, String participant, String condition, boolean correct, int answer, int classifier) {}

    /** Accuracy of one condition with its 95% Wilson interval. */
    public record ConditionAccuracy(String condition, int answers, int correct, double accuracy, Interval interval) {}

    /** Everything a study report shows. */
    public record Summary(List<ConditionAccuracy> byCondition, Agreement humanVsClassifier, int participants) {}

    /** z for a two-sided 95% interval. */
    private static final double Z95 = 1.959963984540054;

    private StudyStatistics() {}

    public static Summary summarize(List<Answer> answers, int categories) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<int[]> pairs = new ArrayList<>();
        java.util.Set<String> participants = new java.util.HashSet<>();
        for (Answer a : answers) {
            int[] c = counts.computeIfAbsent(a.condition(), k -> new int[2]);
            c[0]++;
            if (a.correct()) c[1]++;
            if (a.answer() >= 0 && a.classifier() >= 0) pairs.add(new int[] {a.answer(), a.classifier()});
            participants.add(a.participant());
        }
        List<ConditionAccuracy> by = new ArrayList<>();
        counts.forEach((condition, c) -> by.add(new ConditionAccuracy(condition, c[0], c[1], (double) c[1] / c[0], wilson(c[1], c[0]))));
        int[] human = pairs.stream().mapToInt(p -> p[0]).toArray();
        int[] machine = pairs.stream().mapToInt(p -> p[1]).toArray();
        return new Summary(by, Agreement.of(human, machine, categories), participants.size());
    }

    /** The 95% Wilson score interval of {@code successes} out of {@code trials}; sound at 0 and n. */
    public static Interval wilson(int successes, int trials) {
        if (trials == 0) return new Interval(Double.NaN, Double.NaN, 0.95);
        double p = (double) successes / trials;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / trials;
        double centre = (p + z2 / (2 * trials)) / denom;
        double half = Z95 * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denom;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), 0.95);
    }
}

package org.synesthesia.prepare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.synesthesia.pairs.Split;

/**
 * Assigns whole recordings to train or test, so that no performance leaks across the split. The
 * keys are sorted, shuffled with {@link Random} (whose sequence Java specifies) from the seed, and
 * the first {@code round(n * fraction)} go to test, at least one when the fraction is positive and
 * there are two or more recordings, and never all of them.
 */
final class SplitPlan {

    private SplitPlan() {}

    /**
     * As {@link #byRecording(List, double, long)}, but stratified by what each recording holds (its
     * instruments): the test split first takes, for every class with two or more recordings, one
     * recording that holds it, then fills up to the fraction in shuffled order, taking a class's last
     * train recording only when nothing else is left. So every instrument with two recordings is
     * judged on test and still trained on.
     */
    static Map<String, Split> byRecording(Map<String, ? extends java.util.Collection<String>> classesOf, double testFraction, long seed) {
        List<String> order = new ArrayList<>(classesOf.keySet().stream().sorted().toList());
        Collections.shuffle(order, new Random(seed));
        int n = order.size();
        int target = (int) Math.round(n * testFraction);
        if (testFraction > 0 && n >= 2) target = Math.max(1, target);
        target = Math.min(target, Math.max(0, n - 1));
        Map<String, Integer> trainLeft = new java.util.HashMap<>();
        for (String k : order) for (String c : classesOf.get(k)) trainLeft.merge(c, 1, Integer::sum);
        java.util.Set<String> test = new java.util.LinkedHashSet<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        List<String> classes = trainLeft.keySet().stream().sorted().toList();
        if (testFraction > 0) {
            for (String c : classes) {
                if (covered.contains(c)) continue;
                for (String k : order) {
                    if (!test.contains(k) && classesOf.get(k).contains(c) && canMove(classesOf.get(k), trainLeft)) {
                        move(k, classesOf.get(k), test, trainLeft, covered);
                        break;
                    }
                }
            }
        }
        for (String k : order) {
            if (test.size() >= target) break;
            if (!test.contains(k) && canMove(classesOf.get(k), trainLeft)) move(k, classesOf.get(k), test, trainLeft, covered);
        }
        // too few recordings to keep every class in train: the fraction still holds
        for (String k : order) {
            if (test.size() >= target) break;
            if (!test.contains(k)) move(k, classesOf.get(k), test, trainLeft, covered);
        }
        Map<String, Split> out = new LinkedHashMap<>();
        for (String k : order) out.put(k, test.contains(k) ? Split.TEST : Split.TRAIN);
        return out;
    }

    private static boolean canMove(java.util.Collection<String> classes, Map<String, Integer> trainLeft) {
        return classes.stream().allMatch(c -> trainLeft.get(c) > 1);
    }

    private static void move(String key, java.util.Collection<String> classes, java.util.Set<String> test,
                             Map<String, Integer> trainLeft, java.util.Set<String> covered) {
        test.add(key);
        for (String c : classes) {
            trainLeft.merge(c, -1, Integer::sum);
            covered.add(c);
        }
    }

    static Map<String, Split> byRecording(List<String> keys, double testFraction, long seed) {
        List<String> order = new ArrayList<>(keys.stream().distinct().sorted().toList());
        Collections.shuffle(order, new Random(seed));
        int n = order.size();
        int test = (int) Math.round(n * testFraction);
        if (testFraction > 0 && n >= 2) test = Math.max(1, test);
        test = Math.min(test, Math.max(0, n - 1));
        Map<String, Split> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) out.put(order.get(i), i < test ? Split.TEST : Split.TRAIN);
        return out;
    }
}

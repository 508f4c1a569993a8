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

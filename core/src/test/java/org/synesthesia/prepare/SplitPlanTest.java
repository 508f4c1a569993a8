package org.synesthesia.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synesthesia.pairs.Split;

class SplitPlanTest {

    @Test
    void everyInstrumentWithTwoRecordingsIsJudgedAndKeepsATrainRecording() {
        Map<String, List<String>> pieces = new LinkedHashMap<>();
        String[] codes = {"vn", "va", "vc", "db", "fl", "ob", "cl", "bn", "sax", "tpt", "hn", "tbn", "tba"};
        int n = 0;
        for (String c : codes) for (int k = 0; k < 2; k++) pieces.put(String.format("%02d_P_%s", n++, c), List.of(c));
        pieces.put("90_Duo_vn_vc", List.of("vn", "vc"));
        pieces.put("91_Solo_tba", List.of("tba"));
        for (long seed = 0; seed < 20; seed++) {
            Map<String, Split> split = SplitPlan.byRecording(pieces, 0.2, seed);
            for (String c : codes) {
                assertTrue(pieces.entrySet().stream().anyMatch(e -> e.getValue().contains(c) && split.get(e.getKey()) == Split.TEST), c + " in test, seed " + seed);
                assertTrue(pieces.entrySet().stream().anyMatch(e -> e.getValue().contains(c) && split.get(e.getKey()) == Split.TRAIN), c + " in train, seed " + seed);
            }
            assertEquals(split, SplitPlan.byRecording(pieces, 0.2, seed), "same seed, same split");
        }
    }

    @Test
    void noTestSplitWhenTheFractionIsZero() {
        Map<String, List<String>> pieces = Map.of("a", List.of("vn"), "b", List.of("vn"));
        assertTrue(SplitPlan.byRecording(pieces, 0, 1).values().stream().allMatch(s -> s == Split.TRAIN));
    }
}

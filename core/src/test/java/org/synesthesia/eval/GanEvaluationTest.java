package org.synesthesia.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.io.BadInputException;

/** The parts of the evaluation that need no trained networks; the whole path runs in the platform's RealExperimentTest. */
class GanEvaluationTest {

    @Test
    void aSubsetOfHeldOutPairsIsDrawnFromTheSeedAndKeptInStoreOrder() {
        int[] test = {3, 8, 9, 14, 20, 21, 30, 31, 40, 41};
        assertSame(test, GanEvaluation.subset(test, 0, 1), "0 means all");
        assertSame(test, GanEvaluation.subset(test, 10, 1));
        int[] five = GanEvaluation.subset(test, 5, 1);
        assertEquals(5, five.length);
        assertTrue(Arrays.stream(five).allMatch(p -> Arrays.stream(test).anyMatch(t -> t == p)));
        int[] sorted = five.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, five);
        assertArrayEquals(five, GanEvaluation.subset(test, 5, 1), "the same seed, the same subset");
        assertTrue(!Arrays.equals(five, GanEvaluation.subset(test, 5, 2)) || !Arrays.equals(five, GanEvaluation.subset(test, 5, 3)),
                "another seed draws another subset");
    }

    @Test
    void sampleNamesTellThePairAndTheNoise() {
        assertEquals("pair-000042-z1", GanEvaluation.sampleName(42, 1));
    }

    @Test
    void judgesAreFoundUnderEitherNamingAndAMissingJudgeIsBadInput(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/audio"));
        Judges plain = Judges.in(dir.resolve("a"));
        assertEquals(dir.resolve("a/audio"), plain.audio());
        assertEquals(null, plain.pose(), "no pose regressor: pose error is left out");
        Judges experiment = Judges.in(dir.resolve("b"));
        assertEquals(dir.resolve("b/judge-image"), experiment.image());
        BadInputException e = assertThrows(BadInputException.class, () -> plain.panel(false));
        assertTrue(e.getMessage().contains("holds no trained judge"), e.getMessage());
    }

    @Test
    void settingsRefuseFewerThanTwoSamplesPerCondition() {
        assertThrows(IllegalArgumentException.class, () -> new EvaluationSettings(1, 0, 1, 4, null));
    }
}

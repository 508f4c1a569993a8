package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.eval.Judges;
import org.synesthesia.eval.ReleaseChoice;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;
import org.synesthesia.progress.Progress;

/** A run keeps the EMA of its averaged checkpoints, and {@code choose} makes the one the judge names right most often the release. */
class ReleaseChoiceTest {

    @Test
    void theBestKeptCheckpointBecomesTheReleaseUntilTheRunTrainsOn(@TempDir Path dir) throws Exception {
        Path pairs = CrossModalTest.store(dir);
        Path encoder = CrossModalTest.encoder(dir, pairs, Encoding.LMS);
        Path judge = dir.resolve("judge-image");
        ClassifierRun.train(new ClassifierConfig(Encoding.IMAGE, "judge", false, 1, 16, 4, 1, 8, 1e-3, false, 1, false, 100), pairs, judge,
                Progress.NONE, s -> {});
        Path run = dir.resolve("s2i");
        GanConfig c = CrossModalTest.tiny(Direction.S2I, Encoding.LMS).with(Map.of("steps", "6", "averageFrom", "2"));
        GanRun.train(c, pairs, encoder, run, false, Progress.NONE, s -> {});

        assertEquals(Set.of("state.json", "gan-6.zip", "d-6.zip", "average-6.zip", "ema-6.zip", "ema-4.zip", "ema-2.zip"), files(run.resolve("checkpoint")),
                "the last set, and the EMA of every averaged checkpoint");
        List<ConditionalGenerator.Candidate> candidates = ConditionalGenerator.candidates(run);
        assertEquals(List.of("mean of 3 to 6", "ema at 6", "ema at 4", "ema at 2"), candidates.stream().map(ConditionalGenerator.Candidate::name).toList());
        INDArray conditions = Nd4j.rand(2, ConditionalGenerator.load(run).release().conditionSize());
        assertArrayEquals(samples(ConditionalGenerator.load(run), conditions), samples(ConditionalGenerator.load(run, candidates.get(0)), conditions), 0f,
                "the trained release is the mean");
        assertFalse(java.util.Arrays.equals(samples(ConditionalGenerator.load(run, candidates.get(1)), conditions),
                samples(ConditionalGenerator.load(run, candidates.get(3)), conditions)), "the EMA at 6 and at 2 differ");

        Judges judges = new Judges(null, judge, null);
        ReleaseChoice.Choice choice = ReleaseChoice.choose(run, judges, 0, 1, Progress.NONE);
        assertEquals(12, choice.conditions(), "every training pair, none of the test split");
        assertEquals(candidates.size(), choice.scores().size());
        int best = ReleaseChoice.best(choice.scores());
        assertEquals(choice.scores().get(best).candidate(), choice.chosen());
        ConditionalGenerator released = ConditionalGenerator.load(run);
        assertArrayEquals(samples(ConditionalGenerator.load(run, candidates.get(best)), conditions), samples(released, conditions), 0f);
        assertEquals(candidates.get(best).step(), released.release().step());
        assertEquals(candidates.get(best).averaged(), released.release().averaged());
        assertTrue(released.release().chosen().startsWith("chosen as the best of 4 candidates by the judge on 12 training conditions"),
                released.release().chosen());
        assertEquals(choice, Json.readFile(run.resolve(ReleaseChoice.FILE), ReleaseChoice.Choice.class));
        assertEquals(choice, ReleaseChoice.choose(run, judges, 0, 1, Progress.NONE), "choosing again chooses the same");

        // training on writes the run's own release again, and keeps the new averaged checkpoint's EMA
        GanRun.train(c.with(Map.of("steps", "8")), pairs, encoder, run, true, Progress.NONE, s -> {});
        ConditionalGenerator.Release trained = ConditionalGenerator.load(run).release();
        assertNull(trained.chosen());
        assertEquals(4, trained.averaged());
        assertEquals(List.of("mean of 4 to 8", "ema at 8", "ema at 6", "ema at 4", "ema at 2"),
                ConditionalGenerator.candidates(run).stream().map(ConditionalGenerator.Candidate::name).toList());
    }

    @Test
    void aTieGoesToTheEarlierCandidate() {
        var scores = List.of(new ReleaseChoice.Score("mean of 3 to 6", 6, 3, 0.5), new ReleaseChoice.Score("ema at 6", 6, 0, 0.75),
                new ReleaseChoice.Score("ema at 4", 4, 0, 0.75), new ReleaseChoice.Score("ema at 2", 2, 0, 0.6));
        assertEquals(1, ReleaseChoice.best(scores));
    }

    @Test
    void aFolderWithoutARunIsBadInput(@TempDir Path dir) {
        var e = assertThrows(BadInputException.class, () -> ReleaseChoice.choose(dir, new Judges(null, dir, null), 0, 1, Progress.NONE));
        assertTrue(e.getMessage().contains("holds no trained generator"), e.getMessage());
    }

    private static float[] samples(ConditionalGenerator g, INDArray conditions) {
        return g.generate(conditions, 7, 2).data().asFloat();
    }

    private static Set<String> files(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}

package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Checkpoints;
import org.synesthesia.nn.InputShape;
import org.synesthesia.progress.Progress;

class GanTrainerTest {

    private static final InputShape TOY = new InputShape(3, 16, 16);
    private static final InputShape SMALL = new InputShape(3, 8, 8);

    @Test
    void aResumedRunEndsWithTheSameWeights(@TempDir Path dir) throws Exception {
        // without the class head here; the other tests train with it
        // with augmentation, whose draws must follow the step as the noise does, and a release
        // averaged over the checkpoints of steps 2, 4 and 6, whose running mean the kill must keep
        GanConfig c = GanNetsTest.tiny(Direction.S2I, Conditioning.PROJECTION).with(Map.of("steps", "6", "checkpointEvery", "2", "emaHalfLifePairs", "16",
                "classWeight", "0", "augment", "true", "averageFrom", "2"));
        ToyPairs set = new ToyPairs(20, TOY, 6, 1);
        var straight = new GanTrainer(c, set, dir.resolve("a")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        new GanTrainer(c, set, dir.resolve("b")).train(Progress.NONE, s -> {}, 3); // killed after step 3, checkpoint at 2
        assertEquals(2, GanCheckpoints.state(dir.resolve("b")).orElseThrow().step());
        // a checkpoint from before the EMA's age was kept: its EMA had seen every step's batch
        Path state = Checkpoints.folder(dir.resolve("b")).resolve("state.json");
        String kept = Files.readString(state);
        Files.writeString(state, kept.replaceAll(",\\s*\"emaPairs\"\\s*:\\s*\\d+", ""));
        assertFalse(Files.readString(state).contains("emaPairs"));
        assertEquals(2L * 5, GanCheckpoints.restore(dir.resolve("b"), 5).orElseThrow().emaPairs());
        Files.writeString(state, kept);
        var resumed = new GanTrainer(c, set, dir.resolve("b")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        assertEquals(6, resumed.step());
        assertArrayEquals(straight.combined().params().toFloatVector(), resumed.combined().params().toFloatVector(), 0f);
        assertArrayEquals(straight.discriminator().params().toFloatVector(), resumed.discriminator().params().toFloatVector(), 0f);
        assertArrayEquals(straight.ema().params().toFloatVector(), resumed.ema().params().toFloatVector(), 0f);
        assertArrayEquals(straight.average().params().toFloatVector(), resumed.average().params().toFloatVector(), 0f);
        // the release is the averaged EMA G, and sampling it is a pure function of the seed
        ConditionalGenerator g = ConditionalGenerator.load(dir.resolve("b"));
        assertEquals(6, g.release().step());
        assertEquals(3, g.release().averaged());
        INDArray cond = set.condition(1);
        assertArrayEquals(g.generate(cond, 9, 3).data().asFloat(), ConditionalGenerator.load(dir.resolve("a")).generate(cond, 9, 3).data().asFloat(), 0f);
        assertArrayEquals(new long[] {3, 3, 16, 16}, g.generate(cond, 9, 3).shape());
        // a checkpoint made without the class head does not resume under a config with one
        var withHead = c.with(Map.of("classWeight", "1", "steps", "8"));
        var e = assertThrows(BadInputException.class, () -> new GanTrainer(withHead, set, dir.resolve("b")).train(Progress.NONE, s -> {}, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("class head"), e.getMessage());
        var plain = c.with(Map.of("augment", "false", "steps", "8"));
        e = assertThrows(BadInputException.class, () -> new GanTrainer(plain, set, dir.resolve("b")).train(Progress.NONE, s -> {}, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("augment=true"), e.getMessage());
    }

    @Test
    void anAveragedReleaseIsTheMeanOfTheEmaAtItsCheckpoints(@TempDir Path dir) throws Exception {
        GanConfig c = GanNetsTest.tiny(Direction.S2I, Conditioning.PROJECTION).with(Map.of("steps", "6", "checkpointEvery", "2", "emaHalfLifePairs", "16", "averageFrom", "3"));
        ToyPairs set = new ToyPairs(20, TOY, 6, 1);
        // the same run stopped at each checkpoint from averageFrom on: steps 4 and 6 (2 is before it)
        float[] at4 = new GanTrainer(c, set, dir.resolve("to4")).train(Progress.NONE, s -> {}, 4).ema().params().toFloatVector();
        var full = new GanTrainer(c, set, dir.resolve("full")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        float[] at6 = full.ema().params().toFloatVector();
        float[] mean = new float[at6.length];
        for (int i = 0; i < mean.length; i++) mean[i] = (at4[i] + at6[i]) / 2;
        assertFalse(java.util.Arrays.equals(at4, at6), "the EMA moved between the checkpoints");
        var release = ConditionalGenerator.load(dir.resolve("full"));
        assertEquals(2, release.release().averaged());
        assertEquals(2, full.averaged());
        assertArrayEquals(mean, Checkpoints.readModel(dir.resolve("full").resolve(ConditionalGenerator.WEIGHTS)).params().toFloatVector(), 1e-6f);
        // stopped at 4, the mean holds that one checkpoint; and without averageFrom the release is the EMA
        var early = ConditionalGenerator.load(dir.resolve("to4"));
        assertEquals(1, early.release().averaged());
        var none = new GanTrainer(c.with(Map.of("averageFrom", "0")), set, dir.resolve("plain")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        assertEquals(null, none.average());
        assertEquals(0, ConditionalGenerator.load(dir.resolve("plain")).release().averaged());
        assertArrayEquals(at6, Checkpoints.readModel(dir.resolve("plain").resolve(ConditionalGenerator.WEIGHTS)).params().toFloatVector(), 0f);
        // a run that ends off the checkpoint grid (step 5) leaves that step out of the mean, so
        // continued to 6 it releases what the 6-step run does
        new GanTrainer(c.with(Map.of("steps", "5")), set, dir.resolve("off")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        assertEquals(1, ConditionalGenerator.load(dir.resolve("off")).release().averaged());
        new GanTrainer(c, set, dir.resolve("off")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        assertArrayEquals(mean, Checkpoints.readModel(dir.resolve("off").resolve(ConditionalGenerator.WEIGHTS)).params().toFloatVector(), 1e-6f);
    }

    @Test
    void learnsWhichSampleEachConditionAsksFor(@TempDir Path run) throws Exception {
        GanConfig c = GanNetsTest.tiny(Direction.S2I, Conditioning.CONCAT)
                .with(Map.of("steps", "200", "checkpointEvery", "200", "gWidth", "8", "dWidth", "8", "batchSize", "16", "emaHalfLifePairs", "200", "sampleEvery", "200"))
                .with(Map.of("lrG", "5e-3", "lrD", "5e-3"));
        ToyPairs train = new ToyPairs(256, SMALL, 6, 1);
        List<GanTrainer.Step> steps = new ArrayList<>();
        new GanTrainer(c, train, run).train(Progress.NONE, steps::add, Long.MAX_VALUE);
        assertEquals(200, steps.size());
        assertTrue(steps.get(0).losses().keySet().containsAll(List.of("loss_d", "loss_g", "d_real", "d_fake", "d_mismatch", "fake_class")));
        // D's head names the fakes' instruments once G draws them: over the last 50 steps' probes
        double named = steps.subList(150, 200).stream().mapToDouble(s -> s.losses().get("fake_class")).average().orElseThrow();
        assertTrue(named >= 0.75, "D's class head names the fakes' instrument " + named);
        assertTrue(Files.exists(run.resolve("samples/step-00000200.png")));

        ConditionalGenerator g = ConditionalGenerator.load(run);
        double accuracy = nearestClassAccuracy(train, g);
        assertTrue(accuracy >= 0.75, "generated samples nearest their condition's class: " + accuracy);
        // other noise, other sample: G has not collapsed onto one square per class
        double diversity = Diversity.of(g.generate(Nd4j.concat(0, train.condition(0), train.condition(1)), 4, 4), 4);
        assertTrue(diversity > 0.01, "diversity " + diversity);
    }

    /** The share of generated samples whose nearest real class mean is their condition's class. */
    static double nearestClassAccuracy(ToyPairs train, ConditionalGenerator g) {
        INDArray[] means = new INDArray[ToyPairs.CLASSES];
        for (int i = 0; i < 64; i++) {
            INDArray s = train.sample(i).reshape(1, -1);
            int k = train.instrument(i);
            means[k] = means[k] == null ? s.dup() : means[k].addi(s);
        }
        for (INDArray m : means) m.divi(64 / ToyPairs.CLASSES);
        ToyPairs test = new ToyPairs(16, train.sampleShape(), train.conditionSize(), 77);
        int right = 0;
        int total = 0;
        for (int i = 0; i < test.size(); i++) {
            INDArray samples = g.generate(test.condition(i), i, 2);
            for (int s = 0; s < 2; s++) {
                INDArray x = samples.get(org.nd4j.linalg.indexing.NDArrayIndex.point(s)).reshape(1, -1);
                int best = 0;
                for (int k = 1; k < means.length; k++) if (x.distance2(means[k]) < x.distance2(means[best])) best = k;
                if (best == test.instrument(i)) right++;
                total++;
            }
        }
        return (double) right / total;
    }

    @Test
    void diversityIsZeroForCopiesAndGrowsWithDifference() {
        INDArray a = Nd4j.zeros(1, 3, 4, 4);
        INDArray b = Nd4j.ones(1, 3, 4, 4);
        assertEquals(0, Diversity.of(Nd4j.concat(0, a, a, b, b), 2), 1e-12);
        assertEquals(1, Diversity.of(Nd4j.concat(0, a, b), 2), 1e-6, "RMS distance of all zeros to all ones");
        assertEquals(2 / 3.0, Diversity.of(Nd4j.concat(0, a, a, b), 3), 1e-6, "pairs (a,a)=0, (a,b)=1, (a,b)=1");
    }

    @Test
    void configsReadFromJsonWithOverrides(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gan.json");
        Files.writeString(file, "{\"steps\": 12, \"conditioning\": \"PROJECTION\"}");
        GanConfig c = GanConfig.read(file, Direction.I2S).with(Map.of("batchSize", "4", "encoder", "image"));
        assertEquals(12, c.steps());
        assertEquals(4, c.batchSize());
        assertEquals(Conditioning.PROJECTION, c.conditioning());
        assertEquals(Direction.I2S, c.direction());
        assertEquals(c, Json.read(Json.write(c), GanConfig.class));
        assertThrows(IllegalArgumentException.class, () -> c.with(Map.of("stpes", "3")));
        assertThrows(IllegalArgumentException.class, () -> c.with(Map.of("imageSize", "96")));
        assertThrows(BadInputException.class, () -> ConditionalGenerator.load(dir));
    }
}

package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierNets;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.InputShape;
import org.synesthesia.progress.Progress;

class PoseGuideTest {

    private static final InputShape SHAPE = new InputShape(3, 16, 16);

    /** A pose regressor with the judge's architecture, narrow, its BatchNorm statistics and scales far from the identity. */
    static ComputationGraph regressor() { return regressor(true); }

    static ComputationGraph regressor(boolean perturbed) {
        ClassifierConfig c = ClassifierConfig.defaults(Encoding.IMAGE, "pose");
        c = new ClassifierConfig(c.encoding(), c.role(), false, 1, 16, 4, 1, 8, c.learningRate(), false, 5, false, 100);
        ComputationGraph net = ClassifierNets.build(c, SHAPE, 10);
        Random rng = new Random(4);
        for (Layer l : net.getLayers()) {
            if (!perturbed || !(l.conf().getLayer() instanceof BatchNormalization)) continue;
            for (INDArray p : l.paramTable().values()) {
                for (long k = 0; k < p.length(); k++) p.putScalar(k, 0.5 + rng.nextDouble());
            }
        }
        return net;
    }

    static GanConfig guided(double weight) {
        return GanNetsTest.tiny(Direction.S2I, Conditioning.PROJECTION).with(Map.of("classWeight", "0", "poseWeight", String.valueOf(weight)));
    }

    @Test
    void theGuideReadsGsPicturesAsTheRegressorDoes() {
        ComputationGraph regressor = regressor();
        ComputationGraph combined = GanNets.combined(guided(1), SHAPE, 6, new PoseGuide(regressor, SHAPE));
        assertTrue(PoseGuide.in(combined));
        INDArray z = ConditionalGenerator.noise(new Random(1), 8, 8);
        INDArray cond = Nd4j.rand(DataType.FLOAT, 8, 6);
        // in training mode, as in a G step: the guide runs its BatchNorm (folded) in inference mode
        Map<String, INDArray> acts = combined.feedForward(new INDArray[] {z, cond}, true);
        INDArray expected = regressor.output(false, acts.get(GanNets.G_OUT))[1];
        assertArrayEquals(expected.data().asFloat(), acts.get(PoseGuide.READOUT).data().asFloat(), 1e-4f);
    }

    @Test
    void aGuidedGStepLowersTheGuidesErrorAndLeavesDAndTheGuideAlone() {
        GanConfig c = guided(100);
        ComputationGraph combined = GanNets.combined(c, SHAPE, 6, new PoseGuide(regressor(false), SHAPE));
        ComputationGraph d = GanNets.discriminator(c, SHAPE, 6);
        ToyPairs set = new ToyPairs(8, SHAPE, 6, 1);
        INDArray real = Nd4j.create(DataType.FLOAT, 8, 3, 16, 16);
        INDArray cond = Nd4j.create(DataType.FLOAT, 8, 6);
        set.batch(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, real, cond);
        int[] classes = new int[8];
        float[][] poses = new float[8][];
        for (int i = 0; i < 8; i++) {
            classes[i] = set.instrument(i);
            poses[i] = set.pose(i);
        }
        GanObjective objective = GanObjective.matchingAware(0);
        float[] guide = GanNetsTest.weights(combined, PoseGuide.PREFIX);
        float[] dBefore = GanNetsTest.weights(d, GanNets.D_PREFIX);
        INDArray z = ConditionalGenerator.noise(new Random(2), 8, 8);
        double first = objective.generatorStep(combined, d, z, cond, classes, poses, c.poseWeight()).poseError();
        double later = first;
        for (int step = 0; step < 8; step++) later = objective.generatorStep(combined, d, z, cond, classes, poses, c.poseWeight()).poseError();
        assertTrue(later < first * 0.8, "the guide's error fell only from " + first + " to " + later);
        assertArrayEquals(guide, GanNetsTest.weights(combined, PoseGuide.PREFIX), "a G step changed the guide");
        assertArrayEquals(dBefore, GanNetsTest.weights(d, GanNets.D_PREFIX), "a G step changed D");
        assertThrows(IllegalArgumentException.class, () -> objective.generatorStep(combined, d, z, cond, classes, null, 0));
    }

    @Test
    void unlabelledPartsUnshownPartsAndInstrumentsWithoutABowOrSlideAskForNothing() {
        // row 0 a violin (index 0): bow, hand and raised shown; row 1 a flute: raised shown, but no bow or slide
        INDArray[] t = PoseGuide.targets(new float[][] {{0.2f, 0.7f, Float.NaN, 1}, {0.5f, 0.3f, 0.1f, 1}},
                new int[] {0, org.synesthesia.instrument.Instrument.FLUTE.index()}, 10);
        assertArrayEquals(new float[] {10, 10, 0, 10}, t[1].getRow(0).get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 4)).toFloatVector(),
                "the bow, hand and raised are asked for, the fingers are unknown");
        assertEquals(30, t[1].getRow(0).sumNumber().doubleValue(), 0);
        assertEquals(0, t[1].getRow(1).sumNumber().doubleValue(), 0, "a flute shows no bow or slide: the regressor never learnt it");
        assertEquals(0.7f, t[0].getFloat(0, 1), 0);
    }

    @Test
    void aGuidedRunResumesFromItsCheckpointWithoutTheGuide(@TempDir Path dir) throws Exception {
        GanConfig c = guided(10).with(Map.of("steps", "4", "checkpointEvery", "2", "emaHalfLifePairs", "16"));
        ToyPairs set = new ToyPairs(20, SHAPE, 6, 1);
        PoseGuide guide = new PoseGuide(regressor(), SHAPE);
        var origin = ConditionalGenerator.Origin.none();
        List<GanTrainer.Step> steps = new ArrayList<>();
        var straight = new GanTrainer(c, set, dir.resolve("a"), origin, new GanTrainer.Start(guide, null)).train(Progress.NONE, steps::add, Long.MAX_VALUE);
        assertTrue(steps.get(0).losses().get(GanTrainer.POSE_GUIDE) > 0);
        new GanTrainer(c, set, dir.resolve("b"), origin, new GanTrainer.Start(guide, null)).train(Progress.NONE, s -> {}, 3);
        var resumed = new GanTrainer(c, set, dir.resolve("b"), origin, GanTrainer.Start.FRESH).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        assertArrayEquals(straight.combined().params().toFloatVector(), resumed.combined().params().toFloatVector(), 0f);
        assertArrayEquals(straight.ema().params().toFloatVector(), resumed.ema().params().toFloatVector(), 0f);

        var e = assertThrows(BadInputException.class, () -> new GanTrainer(c, set, dir.resolve("c"), origin, GanTrainer.Start.FRESH).train(Progress.NONE, s -> {}, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("--pose-guide"), e.getMessage());
        var unguided = c.with(Map.of("poseWeight", "0", "steps", "6"));
        e = assertThrows(BadInputException.class, () -> new GanTrainer(unguided, set, dir.resolve("b"), origin, GanTrainer.Start.FRESH).train(Progress.NONE, s -> {}, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("pose guide"), e.getMessage());
        var big = new InputShape(3, 32, 32);
        e = assertThrows(BadInputException.class, () -> new GanTrainer(c, new ToyPairs(20, big, 6, 1), dir.resolve("d"), origin, new GanTrainer.Start(guide, null)).train(Progress.NONE, s -> {}, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("16x16"), e.getMessage());
    }

    @Test
    void aGuideCanBeAddedToATrainedRunByStartingFromIt(@TempDir Path dir) throws Exception {
        GanConfig plain = GanNetsTest.tiny(Direction.S2I, Conditioning.PROJECTION).with(Map.of("classWeight", "0", "steps", "3", "checkpointEvery", "3"));
        ToyPairs set = new ToyPairs(20, SHAPE, 6, 1);
        var origin = ConditionalGenerator.Origin.none();
        new GanTrainer(plain, set, dir.resolve("plain"), origin, GanTrainer.Start.FRESH).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        int batch = Math.min(plain.batchSize(), set.size());
        GanCheckpoints.Snapshot trained = GanCheckpoints.restore(dir.resolve("plain"), batch).orElseThrow();
        assertEquals(3L * batch, trained.emaPairs());

        GanConfig c = guided(10).with(Map.of("steps", "2", "checkpointEvery", "2"));
        var start = new GanTrainer.Start(new PoseGuide(regressor(), SHAPE), trained);
        var begun = new GanTrainer(c, set, dir.resolve("guided"), origin, start).train(Progress.NONE, s -> {}, 0);
        assertEquals(0, begun.step());
        assertArrayEquals(GanNetsTest.weights(trained.combined(), GanNets.G_PREFIX), GanNetsTest.weights(begun.combined(), GanNets.G_PREFIX));
        assertArrayEquals(GanNetsTest.weights(trained.discriminator(), GanNets.D_PREFIX), GanNetsTest.weights(begun.discriminator(), GanNets.D_PREFIX));
        assertArrayEquals(trained.ema().params().toFloatVector(), begun.ema().params().toFloatVector());
        // and Adam's moments: the guide's frozen layers keep none, so G's layout is unchanged
        assertArrayEquals(trained.combined().getUpdater().getStateViewArray().toFloatVector(), begun.combined().getUpdater().getStateViewArray().toFloatVector());
        assertArrayEquals(trained.discriminator().getUpdater().getStateViewArray().toFloatVector(), begun.discriminator().getUpdater().getStateViewArray().toFloatVector());
        assertEquals(2, new GanTrainer(c, set, dir.resolve("guided"), origin, start).train(Progress.NONE, s -> {}, Long.MAX_VALUE).step());
        // the EMA's ramp goes on from the source's age rather than starting again
        assertEquals(5L * batch, GanCheckpoints.restore(dir.resolve("guided"), batch).orElseThrow().emaPairs());

        GanConfig wider = c.with(Map.of("gWidth", "8"));
        var e = assertThrows(BadInputException.class, () -> new GanTrainer(wider, set, dir.resolve("wider"), origin, start).train(Progress.NONE, s -> {}, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("same widths"), e.getMessage());
    }

    @Test
    void thePoseWeightWarmsUpOverItsSteps(@TempDir Path dir) throws Exception {
        GanConfig warm = guided(10).with(Map.of("poseWarmupSteps", "4", "steps", "2"));
        assertEquals(2.5, warm.poseWeightAt(1), 1e-12);
        assertEquals(5, warm.poseWeightAt(2), 1e-12);
        assertEquals(10, warm.poseWeightAt(4), 1e-12);
        assertEquals(10, warm.poseWeightAt(9), 1e-12);
        assertEquals(10, guided(10).poseWeightAt(1), 1e-12);
        // the trainer steps with the warming weight, and logs the guide's unweighted error
        ToyPairs set = new ToyPairs(20, SHAPE, 6, 1);
        var start = new GanTrainer.Start(new PoseGuide(regressor(), SHAPE), null);
        var origin = ConditionalGenerator.Origin.none();
        List<GanTrainer.Step> warmSteps = new ArrayList<>();
        List<GanTrainer.Step> fullSteps = new ArrayList<>();
        var warmed = new GanTrainer(warm.with(Map.of("poseWarmupSteps", "1000")), set, dir.resolve("w"), origin, start).train(Progress.NONE, warmSteps::add, Long.MAX_VALUE);
        var full = new GanTrainer(guided(10).with(Map.of("steps", "2")), set, dir.resolve("f"), origin, start).train(Progress.NONE, fullSteps::add, Long.MAX_VALUE);
        assertEquals(fullSteps.get(0).losses().get(GanTrainer.POSE_GUIDE), warmSteps.get(0).losses().get(GanTrainer.POSE_GUIDE), 1e-6);
        assertFalse(java.util.Arrays.equals(GanNetsTest.weights(full.combined(), GanNets.G_PREFIX), GanNetsTest.weights(warmed.combined(), GanNets.G_PREFIX)));
        assertThrows(IllegalArgumentException.class, () -> guided(10).with(Map.of("poseWarmupSteps", "-1")));
    }

    @Test
    void onlyS2IHasAPoseWeight() {
        var e = assertThrows(IllegalArgumentException.class, () -> GanConfig.defaults(Direction.I2S).with(Map.of("poseWeight", "1")));
        assertTrue(e.getMessage().contains("s2i"), e.getMessage());
    }
}

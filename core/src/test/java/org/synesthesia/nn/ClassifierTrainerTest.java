package org.synesthesia.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.progress.Progress;

class ClassifierTrainerTest {

    private static ClassifierConfig tiny(Encoding e, String role) {
        return new ClassifierConfig(e, role, false, 1, 16, 4, 3, 16, 3e-3, true, 5, true, 4);
    }

    @Test
    void learnsAToySetOnAGrid(@TempDir Path run) throws Exception {
        ToySet set = new ToySet(208, new InputShape(1, 26, 8), 1);
        ClassifierConfig c = tiny(Encoding.LMS, "encoder").withEpochs(6);
        ComputationGraph net = new ClassifierTrainer(c, set, run).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        ClassifierEvaluation ev = ClassifierEvaluation.of(net, new ToySet(104, set.shape(), 99), c);
        assertTrue(ev.accuracy() > 0.5, "accuracy " + ev.accuracy());
    }

    @Test
    void judgeAndWaveAndPoseGraphsTrain(@TempDir Path run) throws Exception {
        ToySet wave = new ToySet(64, InputShape.waveform(1300), 2);
        new ClassifierTrainer(tiny(Encoding.WAVE, "judge"), wave, run.resolve("w")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        ToySet img = new ToySet(64, new InputShape(3, 16, 16), 3);
        ClassifierConfig pose = tiny(Encoding.IMAGE, "pose");
        ComputationGraph net = new ClassifierTrainer(pose, img, run.resolve("p")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        ClassifierEvaluation ev = ClassifierEvaluation.of(net, img, pose);
        assertTrue(ev.pose().overall() >= 0 && ev.pose().overallOfMean() > 0);
        // the toy set has every instrument: bows on the 4 strings, hands on them and the trombone,
        // raised everywhere, fingers nowhere
        long perInstrument = 64 / 13;
        assertTrue(ev.pose().count()[0] >= 4 * perInstrument && ev.pose().count()[1] > ev.pose().count()[0]);
        assertEquals(0, ev.pose().count()[2]);
        assertEquals(64, ev.pose().count()[3]);
        assertTrue(ev.accuracy() >= 0, "the pose regressor names the instrument too");
    }

    @Test
    void aKeepPoseEncoderReadsExactBinsAndWeighsItsHeads() {
        InputShape cqt = new InputShape(1, 26, 8);
        ClassifierConfig c = new ClassifierConfig(Encoding.CQT, "encoder", true, 1, 16, 4, 3, 16, 3e-3, true, 5, true, 4);
        ComputationGraph one = ClassifierNets.build(c, cqt, 10);
        // the spectrum path: one kernel per feature as long as the chunk, so every bin keeps its place
        var spectrum = (org.deeplearning4j.nn.conf.layers.ConvolutionLayer) one.getLayer("spectrum").conf().getLayer();
        assertArrayEquals(new int[] {1, 8}, spectrum.getKernelSize());
        assertEquals(26L * ClassifierNets.SPECTRUM_FEATURES, one.getLayer("spectrum_dense").getParam("W").size(0));
        // neither judges nor plain encoders have it
        assertTrue(ClassifierNets.build(tiny(Encoding.CQT, "encoder"), cqt, 10).getConfiguration().getVertices().get("spectrum") == null);
        assertTrue(ClassifierNets.build(tiny(Encoding.CQT, "judge"), cqt, 10).getConfiguration().getVertices().get("spectrum") == null);

        // the heads' losses scale with keepPoseWeight: same weights, same batch, the score is linear in it
        ToySet set = new ToySet(16, cqt, 7);
        var batch = set.batch(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, ClassifierNets.outputs(c), null);
        double[] score = new double[3];
        for (int k = 0; k < 3; k++) {
            ClassifierConfig w = new ClassifierConfig(Encoding.CQT, "encoder", true, 1 + 2 * k, 16, 4, 3, 16, 3e-3, true, 5, true, 4);
            ComputationGraph net = ClassifierNets.build(w, cqt, 10);
            net.setParams(one.params());
            score[k] = net.score(batch, false);
        }
        assertTrue(score[1] > score[0] + 1e-4, java.util.Arrays.toString(score));
        assertEquals(score[1] - score[0], score[2] - score[1], 1e-4 * score[2]);
        // a config written before the weight was kept reads as 1, the weight it trained with
        String old = org.synesthesia.io.Json.write(c).replaceAll(",?\\s*\"keepPoseWeight\"\\s*:\\s*[0-9.]+", "");
        assertTrue(!old.contains("keepPoseWeight"), old);
        assertEquals(1, org.synesthesia.io.Json.read(old, ClassifierConfig.class).keepPoseWeight());
    }

    @Test
    void aResumedRunEndsWithTheSameWeights(@TempDir Path dir) throws Exception {
        ToySet set = new ToySet(80, new InputShape(1, 26, 8), 4);
        ClassifierConfig c = tiny(Encoding.CQT, "encoder").withEpochs(2);
        ComputationGraph straight = new ClassifierTrainer(c, set, dir.resolve("a")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        new ClassifierTrainer(c, set, dir.resolve("b")).train(Progress.NONE, s -> {}, 5); // killed after step 5 ...
        ComputationGraph resumed = new ClassifierTrainer(c, set, dir.resolve("b")).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
        assertArrayEquals(straight.params().toFloatVector(), resumed.params().toFloatVector(), 1e-6f);
        // the decay went on from the checkpoint's step, to (nearly) nothing at the last one
        var adam = resumed.getLayer(ClassifierNets.INSTRUMENT).conf().getLayer().getUpdaterByParam("W");
        long steps = new ClassifierTrainer(c, set, dir.resolve("c")).totalSteps();
        assertEquals(steps, resumed.getIterationCount());
        assertEquals(3e-3, adam.getLearningRate(0, 0), 1e-12);
        assertEquals(3e-3 / steps, adam.getLearningRate((int) steps - 1, 0), 1e-12);
    }
}

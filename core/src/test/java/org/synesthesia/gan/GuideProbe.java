package org.synesthesia.gan;

import java.nio.file.Path;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.audio.LmsConfig;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.FeatureSpec;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;

/** Scratch: the guide's squared error per part on real pictures and on a run's samples (not a test). */
class GuideProbe {
    @Test
    void probe() throws Exception {
        String guideRun = System.getProperty("guide");
        if (guideRun == null) return;
        PairStore store = PairStore.open(Path.of(System.getProperty("pairs")));
        Classifier enc = Classifier.load(Path.of(System.getProperty("encoder")));
        Classifier guide = Classifier.load(Path.of(guideRun));
        LmsConfig lms = FeatureSpec.of(Encoding.LMS, store.manifest().sampleRate(), store.chunkSamples(), store.imageSize()).lms();
        int[] idx = java.util.Arrays.copyOf(store.indices(Split.TRAIN), 512);
        PairConditions set = PairConditions.of(store, idx, Direction.S2I, enc, lms, Progress.NONE);
        for (String run : System.getProperty("runs", "").split(",")) {
            ConditionalGenerator g = run.isEmpty() ? null : ConditionalGenerator.load(Path.of(run));
            double[] sse = new double[4];
            double[] n = new double[4];
            for (int from = 0; from < idx.length; from += 64) {
                int[] rows = new int[64];
                for (int k = 0; k < 64; k++) rows[k] = from + k;
                INDArray real = Nd4j.create(DataType.FLOAT, 64, 3, 64, 64);
                INDArray cond = Nd4j.create(DataType.FLOAT, 64, set.conditionSize());
                set.batch(rows, real, cond);
                INDArray x = g == null ? real : g.generate(cond, 5, 1);
                int[] classes = new int[64];
                for (int k = 0; k < 64; k++) classes[k] = set.instrument(rows[k]);
                float[][] read = guide.poses(x, classes);
                for (int k = 0; k < 64; k++) {
                    float[] t = set.pose(rows[k]);
                    float[] shown = org.synesthesia.instrument.Pose.shown(org.synesthesia.instrument.Instrument.ofIndex(classes[k]));
                    for (int j = 0; j < 4; j++) if (shown[j] > 0 && !Float.isNaN(t[j])) { sse[j] += Math.pow(read[k][j] - t[j], 2); n[j]++; }
                }
            }
            System.out.printf("PROBE %s per-part MSE bow %.4f hand %.4f raised %.4f; batch SSE %.4f%n", run.isEmpty() ? "real" : run,
                    sse[0] / n[0], sse[1] / n[1], sse[3] / n[3], (sse[0] + sse[1] + sse[3]) / idx.length);
        }
    }
}

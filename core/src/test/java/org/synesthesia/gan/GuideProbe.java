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

/**
 * A pose regressor's squared error per part on 512 training pairs' real pictures and on runs'
 * samples of the same conditions (a probe, not a test: it runs only when given paths), e.g.
 * {@code mvn -pl core test -Dtest=GuideProbe -Dguide=RUN -Dpairs=PAIRS -Dencoder=ENC -Druns=,S2I_RUN}
 * (an empty entry in runs is the real pictures; {@code -Dsplit=TEST} reads the test split).
 */
class GuideProbe {
    @Test
    void probe() throws Exception {
        String guideRun = System.getProperty("guide");
        if (guideRun == null) return;
        PairStore store = PairStore.open(Path.of(System.getProperty("pairs")));
        Classifier enc = Classifier.load(Path.of(System.getProperty("encoder")));
        Classifier guide = Classifier.load(Path.of(guideRun));
        LmsConfig lms = FeatureSpec.of(Encoding.LMS, store.manifest().sampleRate(), store.chunkSamples(), store.imageSize()).lms();
        int[] idx = java.util.Arrays.copyOf(store.indices(Split.valueOf(System.getProperty("split", "TRAIN"))), 512);
        PairConditions set = PairConditions.of(store, idx, Direction.S2I, enc, lms, Progress.NONE);
        for (String run : System.getProperty("runs", "").split(",")) {
            ConditionalGenerator g = run.isEmpty() ? null : ConditionalGenerator.load(Path.of(run));
            double[] sse = new double[8];
            double[] n = new double[8];
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
                    int at = org.synesthesia.instrument.Pose.showsMovingPart(org.synesthesia.instrument.Instrument.ofIndex(classes[k])) ? 4 : 0;
                    for (int j = 0; j < 4; j++) if (shown[j] > 0 && !Float.isNaN(t[j])) { sse[at + j] += Math.pow(read[k][j] - t[j], 2); n[at + j]++; }
                }
            }
            System.out.printf("PROBE %s per-part MSE, bow or slide: bow %.4f hand %.4f raised %.4f; others: raised %.4f%n", run.isEmpty() ? "real" : run,
                    sse[4] / n[4], sse[5] / n[5], sse[7] / n[7], sse[3] / n[3]);
        }
    }
}

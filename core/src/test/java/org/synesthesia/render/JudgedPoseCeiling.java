package org.synesthesia.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.metrics.PoseError;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.PoseCeiling;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.video.Box;
import org.synesthesia.video.PlayerCrop;
import org.synesthesia.video.RgbFrame;

/**
 * What the pose bar's judge would score a perfect generator at (a probe, not a test: it runs only
 * when given paths), e.g. {@code mvn -pl core test -Dtest=JudgedPoseCeiling -Djudge=POSE_RUN
 * -Dencoder=ENC -Dpairs=PAIRS}. For every held-out pair of the five instruments with a bow or a
 * slide, the renderer draws a performer of that instrument, in a random room and look, in a given
 * pose, cropped and scaled as the pair store's pictures are; the judge reads it, and the bar's
 * figure is computed against the pair's true pose. Rows: the true pose (the renderer's own
 * pictures, read as a real picture is); the encoder's heard hand with each instrument's mean bow (a
 * generator that draws exactly what the sound carries); the true hand with the mean bow; the
 * encoder's heard hand and bow.
 */
class JudgedPoseCeiling {
    @Test
    void probe() throws Exception {
        String judgeRun = System.getProperty("judge");
        if (judgeRun == null) return;
        PairStore store = PairStore.open(Path.of(System.getProperty("pairs")));
        Classifier judge = Classifier.load(Path.of(judgeRun));
        Classifier enc = Classifier.load(Path.of(System.getProperty("encoder")));
        int[] idx = Arrays.stream(store.indices(Split.TEST))
                .filter(p -> Pose.showsMovingPart(store.instrument(p)) && store.hasPose(p)).toArray();
        int n = idx.length;
        var labelled = PoseCeiling.Labelled.of(store, idx);
        float[][] truth = labelled.truth();
        int[] classes = labelled.classes();
        float[][] heard = PoseCeiling.heard(enc, store, idx);
        // the words read literally: the reading's distance to its own chunk's pose against
        // its distance to a random other same-instrument chunk's (evaluate's baseline is that
        // other chunk's distance to the true pose)
        float[][] other = otherTruth(truth, classes, new Random(1));
        List<String> names = List.of("true pose", "heard hand, mean bow", "true hand, mean bow", "heard hand and bow");
        for (int v = 0; v < names.size(); v++) {
            float[][] drawn = new float[n][];
            for (int i = 0; i < n; i++) {
                drawn[i] = truth[i].clone();
                if (v > 0) { drawn[i][0] = labelled.meanBow()[i]; drawn[i][3] = 1; }
                if (v == 1 || v == 3) drawn[i][1] = heard[i][1];
                if (v == 3) drawn[i][0] = heard[i][0];
            }
            float[][] read = read(judge, store.imageSize(), drawn, classes);
            PoseError.Scores s = PoseError.of(read, truth, classes, 1);
            double literal = 1 - s.mae() / PoseError.of(read, other, classes, 1).mae();
            // a perfect reader reads what is drawn
            double perfectLiteral = 1 - PoseError.of(drawn, truth, classes, 1).mae() / PoseError.of(drawn, other, classes, 1).mae();
            System.out.printf("JUDGED %-22s reduction %.3f  literal %.3f (perfect reader %.3f)  mae %.4f (random chunk %.4f)  by part %s%n", names.get(v),
                    s.relativeReduction(), literal, perfectLiteral, s.mae(), s.baselineMae(), Arrays.toString(s.maeByParameter()));
        }
    }

    /** Each row's true pose replaced by that of a random other row of the same instrument. */
    private static float[][] otherTruth(float[][] truth, int[] classes, Random rng) {
        float[][] other = new float[truth.length][];
        for (int i = 0; i < truth.length; i++) {
            int o;
            do { o = rng.nextInt(truth.length); } while (o == i || classes[o] != classes[i]);
            other[i] = truth[o];
        }
        return other;
    }

    /** The judge's reading of a performer drawn in each pose, in a random room and look per picture. */
    private static float[][] read(Classifier judge, int size, float[][] poses, int[] classes) {
        Random rng = new Random(17);
        List<float[]> out = new ArrayList<>();
        for (int from = 0; from < poses.length; from += 32) {
            int m = Math.min(32, poses.length - from);
            float[] x = new float[m * 3 * size * size];
            for (int k = 0; k < m; k++) {
                Instrument instrument = Instrument.ofIndex(classes[from + k]);
                PerformanceRenderer r = new PerformanceRenderer(640, 360, Scene.random(rng), List.of(new Performer(instrument, Appearance.random(rng))));
                Box square = r.playerBoxes().get(0).centreSquare();
                byte[] hwc = PlayerCrop.resize(RgbFrame.of(r.render(List.of(Pose.of(poses[from + k])))), square, size);
                int plane = size * size;
                for (int p = 0; p < plane; p++) {
                    for (int c = 0; c < 3; c++) x[k * 3 * plane + c * plane + p] = (hwc[3 * p + c] & 0xff) / 127.5f - 1f;
                }
            }
            INDArray batch = Nd4j.create(x, new long[] {m, 3, size, size});
            out.addAll(Arrays.asList(judge.poses(batch, Arrays.copyOfRange(classes, from, from + m))));
        }
        return out.toArray(float[][]::new);
    }
}

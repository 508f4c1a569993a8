package org.synesthesia.nn;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.metrics.PoseError;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;

/**
 * The pose bar's figure that a generator conditioned on an encoder could reach if it drew exactly
 * what the encoder's pose head hears and the judge read it perfectly (a probe, not a test: it runs
 * only when given paths), e.g. {@code mvn -pl core test -Dtest=PoseCeiling -Dencoder=ENC -Dpairs=PAIRS}.
 * Rows: the encoder's bow and hand; its hand with each instrument's mean bow; the true hand with the
 * mean bow (pitch heard exactly).
 */
public class PoseCeiling {

    /**
     * Pairs' true poses and instruments, and each pair's instrument's mean true bow over the pairs:
     * the bow a generator that cannot hear it would best draw.
     */
    public record Labelled(float[][] truth, int[] classes, float[] meanBow) {
        public static Labelled of(PairStore store, int[] pairs) {
            int n = pairs.length;
            float[][] truth = new float[n][];
            int[] classes = new int[n];
            double[] bowSum = new double[Instrument.count()];
            int[] bowCount = new int[Instrument.count()];
            for (int i = 0; i < n; i++) {
                truth[i] = store.pose(pairs[i]);
                classes[i] = store.instrument(pairs[i]).index();
                bowSum[classes[i]] += truth[i][0];
                bowCount[classes[i]]++;
            }
            float[] meanBow = new float[n];
            for (int i = 0; i < n; i++) meanBow[i] = (float) (bowSum[classes[i]] / bowCount[classes[i]]);
            return new Labelled(truth, classes, meanBow);
        }
    }

    /** The pose an encoder's pose head hears in each of {@code pairs}' chunks, read as its own instrument's. */
    public static float[][] heard(Classifier enc, PairStore store, int[] pairs) {
        PairStoreSet set = new PairStoreSet(store, pairs, enc.features());
        float[][] heard = new float[pairs.length][];
        for (int from = 0; from < pairs.length; from += 64) {
            int[] rows = java.util.stream.IntStream.range(from, Math.min(pairs.length, from + 64)).toArray();
            int[] classes = java.util.Arrays.stream(rows).map(set::instrument).toArray();
            INDArray x = set.batch(rows, new String[] {ClassifierNets.INSTRUMENT}, null).getFeatures(0);
            float[][] read = enc.poses(x, classes);
            for (int k = 0; k < rows.length; k++) heard[rows[k]] = read[k];
        }
        return heard;
    }
    @Test
    void probe() throws Exception {
        String encRun = System.getProperty("encoder");
        if (encRun == null) return;
        PairStore store = PairStore.open(Path.of(System.getProperty("pairs")));
        Classifier enc = Classifier.load(Path.of(encRun));
        int[] idx = store.indices(Split.TEST);
        int n = idx.length;
        float[][] heard = heard(enc, store, idx);
        Labelled labelled = Labelled.of(store, idx);
        float[][] truth = labelled.truth();
        int[] classes = labelled.classes();
        float[][] heardHandMeanBow = new float[n][];
        float[][] trueHandMeanBow = new float[n][];
        float[][] pitchHandMeanBow = new float[n][];
        for (int i = 0; i < n; i++) {
            heardHandMeanBow[i] = heard[i].clone();
            heardHandMeanBow[i][0] = labelled.meanBow()[i];
            heardHandMeanBow[i][3] = 1;
            trueHandMeanBow[i] = truth[i].clone();
            trueHandMeanBow[i][0] = labelled.meanBow()[i];
            pitchHandMeanBow[i] = trueHandMeanBow[i].clone();
            float hz = store.pitchHz(idx[i]);
            if (hz > 0) {
                int midi = (int) Math.round(org.synesthesia.urmp.Note.midiOfHz(hz));
                pitchHandMeanBow[i][1] = (float) org.synesthesia.synth.PoseTrack.hand(Instrument.ofIndex(classes[i]), midi);
            }
        }
        java.util.List<Double> pitched = new java.util.ArrayList<>();
        java.util.List<Double> unpitched = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!org.synesthesia.instrument.Pose.showsMovingPart(Instrument.ofIndex(classes[i]))) continue;
            (store.pitchHz(idx[i]) > 0 ? pitched : unpitched).add((double) Math.abs(heard[i][1] - truth[i][1]));
        }
        for (var e : java.util.List.of(pitched, unpitched)) {
            java.util.Collections.sort(e);
            if (e.isEmpty()) continue;
            System.out.printf("CEILING hand error of the pose head, %s: n %d, median %.3f, p90 %.3f, mean %.3f, share over 0.15 %.3f%n",
                    e == pitched ? "pitched chunks" : "chunks without a pitch", e.size(), e.get(e.size() / 2), e.get(e.size() * 9 / 10),
                    e.stream().mapToDouble(Double::doubleValue).average().orElse(0), e.stream().filter(v -> v > 0.15).count() / (double) e.size());
        }
        report("encoder's pose head", PoseError.of(heard, truth, classes, 1));
        report("encoder's hand, mean bow, raised 1", PoseError.of(heardHandMeanBow, truth, classes, 1));
        report("true hand, mean bow", PoseError.of(trueHandMeanBow, truth, classes, 1));
        report("the labelled pitch's hand, mean bow", PoseError.of(pitchHandMeanBow, truth, classes, 1));
    }

    private static void report(String what, PoseError.Scores s) {
        System.out.printf("CEILING %-36s reduction %.3f  mae %.4f (random chunk %.4f)  by part %s (random %s)%n", what,
                s.relativeReduction(), s.mae(), s.baselineMae(), java.util.Arrays.toString(s.maeByParameter()),
                java.util.Arrays.toString(s.baselineByParameter()));
    }
}

package org.synesthesia.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * A classifier's results on a split: instrument accuracy overall and per instrument with the
 * confusion matrix (rows true, columns predicted), and, for graphs with a pose head, its pose
 * errors ({@code pose}; null without a pose head).
 */
public record ClassifierEvaluation(int examples, double accuracy, double[] perInstrument, int[][] confusion,
                                   PoseScores pose) {

    /**
     * Mean absolute pose errors per parameter, in {@link Pose#NAMES} order, over the pairs whose
     * picture shows that parameter ({@link Pose#shown}; NaN where none does): the graph's, that of
     * always predicting the split's mean, and that of predicting each instrument's mean on the split,
     * which knows the instrument but not the pose. Only beating the last shows that a pose is read.
     *
     * @param count how many pairs show each parameter
     */
    public record PoseScores(double[] mae, double[] maeOfMean, double[] maeOfInstrumentMean, long[] count) {

        /** The graph's error over every shown value. */
        public double overall() { return weighted(mae); }

        public double overallOfMean() { return weighted(maeOfMean); }

        public double overallOfInstrumentMean() { return weighted(maeOfInstrumentMean); }

        private double weighted(double[] perParameter) {
            double sum = 0;
            long n = 0;
            for (int j = 0; j < count.length; j++) {
                if (count[j] == 0) continue;
                sum += perParameter[j] * count[j];
                n += count[j];
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** Runs {@code net} over every row of {@code set} in batches. */
    public static ClassifierEvaluation of(ComputationGraph net, LabeledSet set, ClassifierConfig config) {
        String[] outputs = ClassifierNets.outputs(config);
        int n = Instrument.count();
        int[][] confusion = new int[n][n];
        int poseIndex = Arrays.asList(outputs).indexOf(ClassifierNets.POSE);
        int instrumentIndex = Arrays.asList(outputs).indexOf(ClassifierNets.INSTRUMENT);
        List<float[]> truth = new ArrayList<>();
        List<float[]> read = new ArrayList<>();
        List<float[]> shown = new ArrayList<>();
        List<Integer> instruments = new ArrayList<>();
        int correct = 0;
        int batch = 64;
        for (int from = 0; from < set.size(); from += batch) {
            int[] rows = new int[Math.min(batch, set.size() - from)];
            for (int k = 0; k < rows.length; k++) rows[k] = from + k;
            MultiDataSet data = set.batch(rows, outputs, null);
            INDArray[] out = net.output(false, data.getFeatures(0));
            if (instrumentIndex >= 0) {
                INDArray predicted = out[instrumentIndex].argMax(1);
                for (int k = 0; k < rows.length; k++) {
                    int actual = set.instrument(rows[k]);
                    int guess = predicted.getInt(k);
                    confusion[actual][guess]++;
                    if (actual == guess) correct++;
                }
            }
            if (poseIndex >= 0) {
                INDArray labels = data.getLabels(poseIndex);
                INDArray mask = data.getLabelsMaskArray(poseIndex);
                for (int k = 0; k < rows.length; k++) {
                    int instrument = set.instrument(rows[k]);
                    truth.add(PoseHead.read(labels, k, instrument));
                    read.add(PoseHead.read(out[poseIndex], k, instrument));
                    shown.add(mask == null ? Pose.shown(Instrument.ofIndex(instrument)) : PoseHead.read(mask, k, instrument));
                    instruments.add(instrument);
                }
            }
        }
        double[] per = new double[n];
        for (int i = 0; i < n; i++) {
            int row = Arrays.stream(confusion[i]).sum();
            per[i] = row == 0 ? Double.NaN : (double) confusion[i][i] / row;
        }
        double acc = instrumentIndex >= 0 && set.size() > 0 ? (double) correct / set.size() : Double.NaN;
        return new ClassifierEvaluation(set.size(), acc, per, confusion, poseIndex < 0 ? null : poseScores(truth, read, shown, instruments));
    }

    static PoseScores poseScores(List<float[]> truth, List<float[]> read, List<float[]> shown, List<Integer> instruments) {
        int p = Pose.SIZE;
        int n = Instrument.count();
        long[] count = new long[p];
        double[] sum = new double[p];
        long[][] countOf = new long[n][p];
        double[][] sumOf = new double[n][p];
        for (int r = 0; r < truth.size(); r++) {
            int i = instruments.get(r);
            for (int j = 0; j < p; j++) {
                if (shown.get(r)[j] == 0) continue;
                count[j]++;
                sum[j] += truth.get(r)[j];
                countOf[i][j]++;
                sumOf[i][j] += truth.get(r)[j];
            }
        }
        double[] mae = new double[p];
        double[] ofMean = new double[p];
        double[] ofInstrumentMean = new double[p];
        for (int r = 0; r < truth.size(); r++) {
            int i = instruments.get(r);
            for (int j = 0; j < p; j++) {
                if (shown.get(r)[j] == 0) continue;
                float t = truth.get(r)[j];
                mae[j] += Math.abs(read.get(r)[j] - t);
                ofMean[j] += Math.abs(sum[j] / count[j] - t);
                ofInstrumentMean[j] += Math.abs(sumOf[i][j] / countOf[i][j] - t);
            }
        }
        for (int j = 0; j < p; j++) {
            mae[j] /= count[j];
            ofMean[j] /= count[j];
            ofInstrumentMean[j] /= count[j];
        }
        return new PoseScores(mae, ofMean, ofInstrumentMean, count);
    }
}

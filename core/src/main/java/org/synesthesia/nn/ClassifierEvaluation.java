package org.synesthesia.nn;

import java.util.Arrays;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * A classifier's test-split results: instrument accuracy overall and per instrument with the
 * confusion matrix (rows true, columns predicted), and, for graphs with a pose head, the mean
 * absolute pose error beside that of always predicting the mean pose, overall and per pose
 * parameter ({@link Pose#NAMES} order; null without a pose head).
 */
public record ClassifierEvaluation(int examples, double accuracy, double[] perInstrument, int[][] confusion,
                                   double poseMae, double poseMaeOfMean, double[] poseMaePerParameter,
                                   double[] poseMaeOfMeanPerParameter) {

    /** Runs {@code net} over every row of {@code set} in batches. */
    public static ClassifierEvaluation of(ComputationGraph net, LabeledSet set, ClassifierConfig config) {
        String[] outputs = ClassifierNets.outputs(config);
        int n = Instrument.count();
        int[][] confusion = new int[n][n];
        int poseIndex = Arrays.asList(outputs).indexOf(ClassifierNets.POSE);
        int instrumentIndex = Arrays.asList(outputs).indexOf(ClassifierNets.INSTRUMENT);
        double[] poseErr = new double[Pose.SIZE];
        long poseCount = 0;
        double[] poseSum = new double[Pose.SIZE];
        java.util.List<float[]> truePoses = new java.util.ArrayList<>();
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
                    int truth = set.instrument(rows[k]);
                    int guess = predicted.getInt(k);
                    confusion[truth][guess]++;
                    if (truth == guess) correct++;
                }
            }
            if (poseIndex >= 0) {
                INDArray labels = data.getLabels(poseIndex);
                INDArray mask = data.getLabelsMaskArray(poseIndex);
                for (int k = 0; k < rows.length; k++) {
                    if (mask != null && mask.getDouble(k, 0) == 0) continue;
                    float[] t = labels.getRow(k).toFloatVector();
                    float[] p = out[poseIndex].getRow(k).toFloatVector();
                    for (int j = 0; j < Pose.SIZE; j++) {
                        poseErr[j] += Math.abs(t[j] - p[j]);
                        poseSum[j] += t[j];
                    }
                    truePoses.add(t);
                    poseCount++;
                }
            }
        }
        double[] per = new double[n];
        for (int i = 0; i < n; i++) {
            int row = Arrays.stream(confusion[i]).sum();
            per[i] = row == 0 ? Double.NaN : (double) confusion[i][i] / row;
        }
        double mae = Double.NaN;
        double maeOfMean = Double.NaN;
        double[] maePer = null;
        double[] maeOfMeanPer = null;
        if (poseCount > 0) {
            maePer = new double[Pose.SIZE];
            maeOfMeanPer = new double[Pose.SIZE];
            for (float[] t : truePoses) for (int j = 0; j < Pose.SIZE; j++) maeOfMeanPer[j] += Math.abs(t[j] - poseSum[j] / poseCount);
            for (int j = 0; j < Pose.SIZE; j++) {
                maePer[j] = poseErr[j] / poseCount;
                maeOfMeanPer[j] /= poseCount;
            }
            mae = Arrays.stream(maePer).average().orElseThrow();
            maeOfMean = Arrays.stream(maeOfMeanPer).average().orElseThrow();
        }
        double acc = instrumentIndex >= 0 && set.size() > 0 ? (double) correct / set.size() : Double.NaN;
        return new ClassifierEvaluation(set.size(), acc, per, confusion, mae, maeOfMean, maePer, maeOfMeanPer);
    }
}

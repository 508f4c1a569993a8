package org.synesthesia.nn;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.synesthesia.instrument.Pose;

/**
 * How much of the pose an embedding keeps: a ridge regression from the embedding to the pose,
 * fitted on the train split and scored on the test split by mean absolute error over the pose
 * parameters each pair's picture shows ({@link Pose#shown}), beside the error of always predicting
 * the train split's mean pose. An embedding that threw pose away scores no better than the mean.
 *
 * @param examples    test pairs with a pose
 * @param mae         the probe's mean absolute pose error on them
 * @param maeOfMean   the error of predicting the mean pose
 * @param kept        {@code 1 - mae / maeOfMean}: 0 keeps nothing, 1 keeps everything
 */
public record PoseProbe(int examples, double mae, double maeOfMean, double kept) {

    private static final double RIDGE = 1e-2;

    /** Fits on {@code train}'s rows with a pose and scores on {@code test}'s. */
    public static PoseProbe of(ComputationGraph net, PairStoreSet train, PairStoreSet test) {
        int[] trainRows = rowsWithPose(train);
        int[] rows = rowsWithPose(test);
        double[][] xTrain = embeddings(net, train, trainRows);
        double[][] yTrain = poses(train, trainRows);
        double[][] xTest = embeddings(net, test, rows);
        double[][] yTest = poses(test, rows);
        if (xTrain.length == 0 || xTest.length == 0) return new PoseProbe(0, Double.NaN, Double.NaN, Double.NaN);
        int d = xTrain[0].length + 1;
        RealMatrix x = new Array2DRowRealMatrix(withBias(xTrain), false);
        RealMatrix gram = x.transpose().multiply(x);
        for (int i = 0; i < d; i++) gram.addToEntry(i, i, RIDGE * xTrain.length);
        RealMatrix w = new CholeskyDecomposition(gram).getSolver().solve(x.transpose().multiply(new Array2DRowRealMatrix(yTrain, false)));
        double[] mean = new double[Pose.SIZE];
        for (double[] y : yTrain) for (int j = 0; j < Pose.SIZE; j++) mean[j] += y[j] / yTrain.length;
        RealMatrix predicted = new Array2DRowRealMatrix(withBias(xTest), false).multiply(w);
        double err = 0;
        double errMean = 0;
        long n = 0;
        for (int i = 0; i < yTest.length; i++) {
            float[] shown = Pose.shown(test.store().instrument(test.pair(rows[i])));
            for (int j = 0; j < Pose.SIZE; j++) {
                if (shown[j] == 0) continue;
                double p = Math.max(0, Math.min(1, predicted.getEntry(i, j)));
                err += Math.abs(p - yTest[i][j]);
                errMean += Math.abs(mean[j] - yTest[i][j]);
                n++;
            }
        }
        return new PoseProbe(yTest.length, err / n, errMean / n, 1 - err / errMean);
    }

    private static double[][] embeddings(ComputationGraph net, PairStoreSet set, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int from = 0; from < rows.length; from += 64) {
            int[] batch = java.util.Arrays.copyOfRange(rows, from, Math.min(rows.length, from + 64));
            MultiDataSet data = set.batch(batch, new String[] {ClassifierNets.INSTRUMENT}, null);
            INDArray e = net.feedForward(new INDArray[] {data.getFeatures(0)}, false).get(ClassifierNets.EMBEDDING);
            for (int k = 0; k < batch.length; k++) out[from + k] = e.getRow(k).toDoubleVector();
        }
        return out;
    }

    private static double[][] poses(PairStoreSet set, int[] rows) {
        double[][] out = new double[rows.length][Pose.SIZE];
        for (int k = 0; k < rows.length; k++) {
            float[] p = set.store().pose(set.pair(rows[k]));
            for (int j = 0; j < Pose.SIZE; j++) out[k][j] = p[j];
        }
        return out;
    }

    private static int[] rowsWithPose(PairStoreSet set) {
        return java.util.stream.IntStream.range(0, set.size()).filter(i -> set.store().hasPose(set.pair(i))).toArray();
    }

    private static double[][] withBias(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = java.util.Arrays.copyOf(x[i], x[i].length + 1);
            out[i][x[i].length] = 1;
        }
        return out;
    }
}

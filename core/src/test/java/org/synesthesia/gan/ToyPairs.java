package org.synesthesia.gan;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.synesthesia.nn.InputShape;

/**
 * A conditional set whose condition decides the sample: class k's condition is a noisy one-hot
 * vector, and its sample a square of class k's colour in class k's quadrant on a dark ground,
 * shifted by a pixel or two per pair.
 */
final class ToyPairs implements ConditionalSet {

    static final int CLASSES = 4;
    private static final float[][] COLOURS = {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}, {1, 1, -1}};

    private final int n;
    private final InputShape shape;
    private final int conditionSize;
    private final long seed;

    ToyPairs(int n, InputShape shape, int conditionSize, long seed) {
        this.n = n;
        this.shape = shape;
        this.conditionSize = conditionSize;
        this.seed = seed;
    }

    @Override public int size() { return n; }
    @Override public InputShape sampleShape() { return shape; }
    @Override public int conditionSize() { return conditionSize; }
    @Override public int instrument(int i) { return i % CLASSES; }

    /** A bow and hand that differ from row to row, the fingers unknown, always raised. */
    @Override public float[] pose(int i) { return new float[] {(i % 5) / 5f, (i * 7 % 10) / 10f, Float.NaN, 1}; }

    @Override
    public void batch(int[] rows, INDArray samplesOut, INDArray conditionsOut) {
        for (int k = 0; k < rows.length; k++) {
            samplesOut.get(NDArrayIndex.point(k)).assign(sample(rows[k]));
            conditionsOut.getRow(k).assign(condition(rows[k]));
        }
    }

    /** The condition of row {@code i}, {@code [1, conditionSize]}. */
    INDArray condition(int i) {
        Random rng = new Random(seed * 31 + i);
        float[] c = new float[conditionSize];
        for (int j = 0; j < c.length; j++) c[j] = (float) (rng.nextGaussian() * 0.05);
        c[instrument(i)] += 1;
        return Nd4j.create(c, new long[] {1, conditionSize});
    }

    /** The sample of row {@code i}, {@code [channels, height, width]} in [-1, 1]. */
    INDArray sample(int i) {
        int cls = instrument(i);
        Random rng = new Random(seed * 17 + i);
        int h = shape.height();
        int w = shape.width();
        int side = Math.max(2, Math.min(h, w) * 3 / 8);
        int y0 = (cls / 2) * h / 2 + rng.nextInt(Math.max(1, h / 2 - side));
        int x0 = (cls % 2) * w / 2 + rng.nextInt(Math.max(1, w / 2 - side));
        float[] v = new float[shape.size()];
        java.util.Arrays.fill(v, -1f);
        for (int c = 0; c < shape.channels(); c++) {
            for (int y = y0; y < y0 + side; y++) {
                for (int x = x0; x < x0 + side; x++) v[(c * h + y) * w + x] = COLOURS[cls][c % 3];
            }
        }
        return Nd4j.create(v, new long[] {shape.channels(), h, w});
    }
}

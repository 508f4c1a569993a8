package org.synesthesia.nn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/** A learnable toy set: the instrument is the row of a bright band, the pose its brightness. */
final class ToySet implements LabeledSet {
    private final int n;
    private final InputShape shape;
    private final long seed;

    ToySet(int n, InputShape shape, long seed) { this.n = n; this.shape = shape; this.seed = seed; }

    @Override public int size() { return n; }
    @Override public InputShape shape() { return shape; }
    @Override public int instrument(int i) { return i % Instrument.count(); }

    float pose(int i) { return (i * 37 % 100) / 100f; }

    @Override
    public MultiDataSet batch(int[] rows, String[] outputs, Random augment) {
        INDArray x = Nd4j.zeros(shape.batchShape(rows.length));
        INDArray[] labels = new INDArray[outputs.length];
        INDArray[] masks = new INDArray[outputs.length];
        float[] poses = new float[rows.length * PoseHead.SIZE];
        float[] poseMask = new float[rows.length * PoseHead.SIZE];
        for (int o = 0; o < outputs.length; o++) {
            int width = switch (outputs[o]) { case ClassifierNets.INSTRUMENT -> Instrument.count(); case ClassifierNets.POSE -> PoseHead.SIZE; default -> 1; };
            labels[o] = Nd4j.zeros(rows.length, width);
        }
        for (int k = 0; k < rows.length; k++) {
            int i = rows[k];
            Random noise = new Random(seed + i);
            int c = instrument(i);
            float[] v = new float[shape.size()];
            for (int j = 0; j < v.length; j++) v[j] = (float) (noise.nextGaussian() * 0.1);
            int stripe = shape.isWaveform() ? shape.width() / Instrument.count() : shape.height() / Instrument.count();
            for (int j = 0; j < v.length; j++) {
                int pos = shape.isWaveform() ? j : (j / shape.width()) % shape.height();
                if (pos / Math.max(1, stripe) == c) v[j] += 0.5f + pose(i);
            }
            if (augment != null) for (int j = 0; j < v.length; j++) v[j] += (float) (augment.nextGaussian() * 0.01);
            x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(k)).assign(Nd4j.create(v).reshape(x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(k)).shape()));
            for (int o = 0; o < outputs.length; o++) {
                switch (outputs[o]) {
                    case ClassifierNets.INSTRUMENT -> labels[o].putScalar(k, c, 1);
                    case ClassifierNets.POSE -> {
                        float[] pose = new float[Pose.SIZE];
                        java.util.Arrays.fill(pose, pose(i));
                        PoseHead.put(poses, poseMask, k, Instrument.ofIndex(c), pose);
                    }
                    default -> labels[o].putScalar(k, 0, pose(i));
                }
            }
        }
        for (int o = 0; o < outputs.length; o++) {
            if (!outputs[o].equals(ClassifierNets.POSE)) continue;
            labels[o] = Nd4j.create(poses, new long[] {rows.length, PoseHead.SIZE});
            masks[o] = Nd4j.create(poseMask, new long[] {rows.length, PoseHead.SIZE});
        }
        return new org.nd4j.linalg.dataset.MultiDataSet(new INDArray[] {x}, labels, null, masks);
    }
}

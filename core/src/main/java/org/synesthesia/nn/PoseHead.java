package org.synesthesia.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * The pose head's layout: one block of {@link Pose#SIZE} outputs per instrument, in
 * {@link Instrument#index} order, of which only the pair's instrument's block is trained and read.
 * A bow drawn under the chin and one drawn across a cello move different pixels, and one shared
 * readout for both did not learn either (BENCHMARKS.md); each block is a linear readout of the
 * shared embedding for one instrument.
 */
public final class PoseHead {

    /** Outputs of the head. */
    public static final int SIZE = Pose.SIZE * Instrument.count();

    private PoseHead() {}

    /**
     * Writes one row's label and mask: {@code pose} into {@code instrument}'s block, masked by what
     * its picture shows ({@link Pose#shown}); the other blocks stay zero and masked out.
     */
    static void put(float[] labels, float[] mask, int row, Instrument instrument, float[] pose) {
        int at = row * SIZE + instrument.index() * Pose.SIZE;
        System.arraycopy(pose, 0, labels, at, Pose.SIZE);
        System.arraycopy(Pose.shown(instrument), 0, mask, at, Pose.SIZE);
    }

    /** The pose that a head's output {@code out} gives row {@code row}, read as {@code instrument}. */
    public static float[] read(INDArray out, int row, int instrument) {
        float[] pose = new float[Pose.SIZE];
        for (int j = 0; j < Pose.SIZE; j++) pose[j] = out.getFloat(row, instrument * Pose.SIZE + j);
        return pose;
    }
}

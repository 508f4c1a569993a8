package org.synesthesia.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.nn.InputShape;

/**
 * Pairs a conditional GAN learns from: a sample (an image or a spectrogram, scaled to [-1, 1]) and
 * the condition it was made under (an encoder's embedding of the other modality).
 */
public interface ConditionalSet {

    int size();

    /** The shape of one sample, {@code [channels, height, width]}. */
    InputShape sampleShape();

    /** Width of one condition vector. */
    int conditionSize();

    /**
     * Fills {@code samplesOut} ({@code [rows, channels, height, width]}) and {@code conditionsOut}
     * ({@code [rows, conditionSize]}) with the pairs at {@code rows}, in order.
     */
    void batch(int[] rows, INDArray samplesOut, INDArray conditionsOut);

    /** The instrument index of row {@code i}. */
    int instrument(int i);

    /**
     * The labelled pose of row {@code i}'s sample ({@link org.synesthesia.instrument.Pose#NAMES}
     * order), NaN where unknown; a pose guide asks G for it. Unlabelled by default.
     */
    default float[] pose(int i) {
        float[] unknown = new float[org.synesthesia.instrument.Pose.SIZE];
        java.util.Arrays.fill(unknown, Float.NaN);
        return unknown;
    }
}

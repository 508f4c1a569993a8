package org.synesthesia.nn;

import org.deeplearning4j.nn.conf.inputs.InputType;

/**
 * The shape of one network input, without the batch axis: {@code [channels, height, width]} for
 * spectrograms and images, {@code [1, 1, samples]} for a waveform (fed as {@code [N, 1, samples]}).
 */
public record InputShape(int channels, int height, int width) {

    public static InputShape waveform(int samples) { return new InputShape(1, 1, samples); }

    public boolean isWaveform() { return channels == 1 && height == 1; }

    /** Values per example. */
    public int size() { return channels * height * width; }

    /** The batch shape DL4J takes for {@code n} examples. */
    public long[] batchShape(int n) {
        return isWaveform() ? new long[] {n, 1, width} : new long[] {n, channels, height, width};
    }

    InputType inputType() {
        return isWaveform() ? InputType.recurrent(1, width) : InputType.convolutional(height, width, channels);
    }
}

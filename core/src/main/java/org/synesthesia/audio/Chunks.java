package org.synesthesia.audio;

/** Cuts a signal into fixed-length chunks. */
public final class Chunks {

    private Chunks() {}

    /**
     * Cuts {@code x} into chunks of {@code chunkSamples} that start every {@code hop} samples.
     * Only whole chunks are kept: a tail shorter than a chunk is dropped, so a signal shorter than
     * one chunk gives none. Shape: {@code [max(0, (x.length - chunkSamples) / hop + 1)][chunkSamples]}.
     */
    public static float[][] cut(float[] x, int chunkSamples, int hop) {
        if (chunkSamples <= 0) throw new IllegalArgumentException("chunk length must be positive, was " + chunkSamples);
        if (hop <= 0) throw new IllegalArgumentException("hop must be positive, was " + hop);
        int count = x.length < chunkSamples ? 0 : (x.length - chunkSamples) / hop + 1;
        float[][] chunks = new float[count][];
        for (int k = 0; k < count; k++) {
            chunks[k] = java.util.Arrays.copyOfRange(x, k * hop, k * hop + chunkSamples);
        }
        return chunks;
    }

    /** Cuts {@code x} into back-to-back chunks ({@code hop == chunkSamples}). */
    public static float[][] cut(float[] x, int chunkSamples) {
        return cut(x, chunkSamples, chunkSamples);
    }
}

package org.synesthesia.pairs;

import org.synesthesia.instrument.Instrument;

/**
 * Turns one pair into a fixed-shape block of floats: the features or the labels of a training
 * example. Writing into a batch buffer, rather than returning an array per pair, keeps batching a
 * plain copy. Feature work (LMS, CQT of the chunk) plugs in here.
 */
public interface PairFeatures {

    /** Shape of one pair's block, e.g. {@code {3, S, S}}. */
    long[] shape();

    /** Writes pair {@code index}'s block (product of {@link #shape()} floats) at {@code offset}. */
    void write(PairStore store, int index, float[] dst, int offset);

    /** Floats per pair. */
    default int length() {
        long n = 1;
        for (long d : shape()) n *= d;
        return Math.toIntExact(n);
    }

    /** The image, 3 x S x S in [-1, 1]. */
    static PairFeatures imageChw(int imageSize) {
        return new PairFeatures() {
            public long[] shape() { return new long[] {3, imageSize, imageSize}; }
            public void write(PairStore store, int index, float[] dst, int offset) { store.imageFloat(index, dst, offset); }
        };
    }

    /** The sound chunk, in [-1, 1]. */
    static PairFeatures audio(int chunkSamples) {
        return new PairFeatures() {
            public long[] shape() { return new long[] {chunkSamples}; }
            public void write(PairStore store, int index, float[] dst, int offset) { store.audio(index, dst, offset); }
        };
    }

    /** One-hot instrument over the 13 classes. */
    static PairFeatures instrumentOneHot() {
        return new PairFeatures() {
            public long[] shape() { return new long[] {Instrument.count()}; }
            public void write(PairStore store, int index, float[] dst, int offset) {
                java.util.Arrays.fill(dst, offset, offset + Instrument.count(), 0f);
                dst[offset + store.instrument(index).index()] = 1f;
            }
        };
    }

    /** The four pose values (NaN where the source had no pose). */
    static PairFeatures pose() {
        return new PairFeatures() {
            public long[] shape() { return new long[] {4}; }
            public void write(PairStore store, int index, float[] dst, int offset) {
                System.arraycopy(store.pose(index), 0, dst, offset, 4);
            }
        };
    }
}

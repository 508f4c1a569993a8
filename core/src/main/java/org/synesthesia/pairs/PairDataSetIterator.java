package org.synesthesia.pairs;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.instrument.Instrument;

/**
 * Feeds one split of a pair store to DL4J in batches, reading straight from the mapped files.
 * The order is shuffled anew each epoch (each {@link #reset()}) from {@code seed} and the epoch
 * number, so a run is repeatable. The last batch of an epoch may be smaller.
 */
public final class PairDataSetIterator implements DataSetIterator {

    private final PairStore store;
    private final int[] indices;
    private final int batchSize;
    private final long seed;
    private final PairFeatures features;
    private final PairFeatures labels;
    private DataSetPreProcessor preProcessor;
    private int epoch;
    private int cursor;

    public PairDataSetIterator(PairStore store, Split split, int batchSize, long seed, PairFeatures features, PairFeatures labels) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        this.store = store;
        this.indices = store.indices(split);
        this.batchSize = batchSize;
        this.seed = seed;
        this.features = features;
        this.labels = labels;
        shuffle();
    }

    /** Images (3 x S x S) with one-hot instrument labels. */
    public static PairDataSetIterator images(PairStore store, Split split, int batchSize, long seed) {
        return new PairDataSetIterator(store, split, batchSize, seed, PairFeatures.imageChw(store.imageSize()), PairFeatures.instrumentOneHot());
    }

    /** Pairs in this split. */
    public int size() { return indices.length; }

    @Override
    public DataSet next(int num) {
        if (!hasNext()) throw new NoSuchElementException("epoch " + epoch + " is over; call reset()");
        int n = Math.min(num, indices.length - cursor);
        DataSet ds = new DataSet(block(features, n), block(labels, n));
        cursor += n;
        if (preProcessor != null) preProcessor.preProcess(ds);
        return ds;
    }

    private INDArray block(PairFeatures f, int n) {
        int len = f.length();
        float[] data = new float[n * len];
        for (int b = 0; b < n; b++) f.write(store, indices[cursor + b], data, b * len);
        long[] shape = new long[f.shape().length + 1];
        shape[0] = n;
        System.arraycopy(f.shape(), 0, shape, 1, f.shape().length);
        return Nd4j.create(data, shape, 'c');
    }

    @Override public DataSet next() { return next(batchSize); }

    @Override public boolean hasNext() { return cursor < indices.length; }

    @Override public int inputColumns() { return features.length(); }

    @Override public int totalOutcomes() { return labels.length(); }

    @Override public boolean resetSupported() { return true; }

    @Override public boolean asyncSupported() { return true; }

    @Override
    public void reset() {
        epoch++;
        cursor = 0;
        shuffle();
    }

    @Override public int batch() { return batchSize; }

    @Override public void setPreProcessor(DataSetPreProcessor preProcessor) { this.preProcessor = preProcessor; }

    @Override public DataSetPreProcessor getPreProcessor() { return preProcessor; }

    @Override
    public List<String> getLabels() { return Arrays.stream(Instrument.values()).map(Instrument::code).toList(); }

    private void shuffle() {
        Arrays.sort(indices);
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + epoch);
        for (int i = indices.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = indices[i];
            indices[i] = indices[j];
            indices[j] = t;
        }
    }
}

package org.synesthesia.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.synesthesia.audio.Lms;
import org.synesthesia.audio.LmsConfig;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.InputShape;
import org.synesthesia.nn.PairStoreSet;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.progress.Progress;

/**
 * Pairs of a pair store as conditional GAN pairs. S2I: the sample is the pair's image
 * ({@code [3, S, S]} in [-1, 1]) and the condition a frozen sound encoder's embedding of its chunk.
 * I2S: the sample is the chunk's LMS ({@code [1, mels, frames]}, mapped onto [-1, 1] by
 * {@link Lms#normalize}) and the condition a frozen image encoder's embedding of its image.
 * Embeddings (and LMS samples) are computed once, at construction.
 */
public final class PairConditions implements ConditionalSet {

    private static final int EMBED_BATCH = 64;

    private final PairStore store;
    private final int[] pairs;
    private final Direction direction;
    private final InputShape shape;
    private final float[][] conditions;
    private final int[] named;
    private final float[][] spectrograms;

    private PairConditions(PairStore store, int[] pairs, Direction direction, InputShape shape, float[][] conditions, int[] named, float[][] spectrograms) {
        this.store = store;
        this.pairs = pairs;
        this.direction = direction;
        this.shape = shape;
        this.conditions = conditions;
        this.named = named;
        this.spectrograms = spectrograms;
    }

    /** The pairs at {@code pairs} (store indices) for {@code direction}, conditioned by {@code encoder}. */
    public static PairConditions of(PairStore store, int[] pairs, Direction direction, Classifier encoder, LmsConfig lms, Progress progress) {
        Encoding wanted = encoder.features().encoding();
        if ((direction == Direction.S2I) != (wanted.modality() == Encoding.Modality.AUDIO)) {
            throw new BadInputException("the encoder reads " + wanted.id() + ", but " + direction.name().toLowerCase(java.util.Locale.ROOT)
                    + " needs one that reads " + (direction == Direction.S2I ? "sound (lms, cqt or wave)" : "images") + ": pass another --encoder");
        }
        if (pairs.length == 0) throw new BadInputException(store.folder() + ": no pairs in this split; prepare more data");
        PairStoreSet inputs = new PairStoreSet(store, pairs, encoder.features());
        InputShape in = inputs.shape();
        float[][] conds = new float[pairs.length][];
        int[] named = new int[pairs.length];
        for (int from = 0; from < pairs.length; from += EMBED_BATCH) {
            int n = Math.min(EMBED_BATCH, pairs.length - from);
            float[] x = new float[n * in.size()];
            for (int k = 0; k < n; k++) System.arraycopy(inputs.features(from + k, null), 0, x, k * in.size(), in.size());
            Classifier.Conditioned e = encoder.conditionAndName(Nd4j.create(x, in.batchShape(n)));
            for (int k = 0; k < n; k++) conds[from + k] = e.conditions().getRow(k).toFloatVector();
            System.arraycopy(e.named(), 0, named, from, n);
            progress.update("embed " + wanted.id(), from + n, pairs.length);
        }
        float[][] specs = null;
        InputShape shape;
        if (direction == Direction.S2I) {
            shape = new InputShape(3, store.imageSize(), store.imageSize());
        } else {
            shape = new InputShape(1, lms.nMels(), lms.frames(store.chunkSamples()));
            specs = new float[pairs.length][];
            float[] chunk = new float[store.chunkSamples()];
            for (int i = 0; i < pairs.length; i++) {
                store.audio(pairs[i], chunk);
                specs[i] = flatten(Lms.normalize(Lms.compute(chunk, lms), lms));
                if (i % 256 == 0) progress.update("lms", i, pairs.length);
            }
        }
        return new PairConditions(store, pairs, direction, shape, conds, named, specs);
    }

    @Override public int size() { return pairs.length; }
    @Override public InputShape sampleShape() { return shape; }
    @Override public int conditionSize() { return conditions[0].length; }
    @Override public int instrument(int i) { return store.instrument(pairs[i]).index(); }
    @Override public float[] pose(int i) { return store.pose(pairs[i]); }

    /** The store index of row {@code i}. */
    public int pair(int i) { return pairs[i]; }

    /** The condition of row {@code i}. */
    public float[] condition(int i) { return conditions[i]; }

    /** The instrument index the encoder itself names for each row: where it is wrong, so is the condition. */
    public int[] named() { return named.clone(); }

    @Override
    public void batch(int[] rows, INDArray samplesOut, INDArray conditionsOut) {
        float[] image = new float[shape.size()];
        for (int k = 0; k < rows.length; k++) {
            float[] sample = image;
            if (direction == Direction.S2I) store.imageFloat(pairs[rows[k]], image);
            else sample = spectrograms[rows[k]];
            samplesOut.get(NDArrayIndex.point(k)).assign(Nd4j.create(sample, new long[] {shape.channels(), shape.height(), shape.width()}, DataType.FLOAT));
            conditionsOut.getRow(k).assign(Nd4j.create(conditions[rows[k]], new long[] {conditions[rows[k]].length}, DataType.FLOAT));
        }
    }

    private static float[] flatten(float[][] a) {
        float[] out = new float[a.length * a[0].length];
        for (int i = 0; i < a.length; i++) System.arraycopy(a[i], 0, out, i * a[0].length, a[0].length);
        return out;
    }
}

package org.synesthesia.nn;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.urmp.Note;

/**
 * One split of a pair store as classifier examples. Spectrograms are computed once per pair and
 * kept (in dB, before augmentation), since they cost far more than a training step's other work.
 * Labels: instrument one-hot; pose in the instrument's block of the {@link PoseHead} (masked where
 * the source has none, and per parameter where the picture cannot show it); pitch as MIDI 24..108 mapped
 * onto [0, 1] (masked in rests).
 */
public final class PairStoreSet implements LabeledSet {

    private final PairStore store;
    private final FeatureSpec spec;
    private final int[] pairs;
    private final float[][][][] spectrograms;
    private final double framing;

    public PairStoreSet(PairStore store, int[] pairs, FeatureSpec spec) { this(store, pairs, spec, 1); }

    /**
     * @param framing how much of {@link Features#image}'s zoom and shift augmentation images get
     *                (1 all of it, 0 none)
     */
    public PairStoreSet(PairStore store, int[] pairs, FeatureSpec spec, double framing) {
        this.framing = framing;
        this.store = store;
        this.spec = spec;
        this.pairs = pairs.clone();
        boolean spectral = spec.encoding() == Encoding.LMS || spec.encoding() == Encoding.CQT;
        this.spectrograms = spectral ? new float[pairs.length][][][] : null;
        if (spectral) {
            IntStream.range(0, pairs.length).parallel().forEach(k -> {
                float[] chunk = new float[store.chunkSamples()];
                store.audio(this.pairs[k], chunk);
                spectrograms[k] = new float[][][] {Features.spectrogramDb(chunk, spec)};
            });
        }
    }

    @Override public int size() { return pairs.length; }

    @Override public InputShape shape() { return spec.shape(); }

    @Override public int instrument(int i) { return store.instrument(pairs[i]).index(); }

    /** The store's pair index of row {@code i}. */
    public int pair(int i) { return pairs[i]; }

    public PairStore store() { return store; }

    /** The input features of row {@code i}, flattened. */
    public float[] features(int i, Random augment) {
        int p = pairs[i];
        return switch (spec.encoding()) {
            case IMAGE -> {
                float[] chw = new float[3 * store.imageSize() * store.imageSize()];
                store.imageFloat(p, chw);
                yield Features.image(chw, store.imageSize(), augment, framing);
            }
            case WAVE -> {
                float[] chunk = new float[store.chunkSamples()];
                store.audio(p, chunk);
                yield Features.audio(chunk, spec, augment);
            }
            default -> Features.fromSpectrogramDb(spectrograms[i][0], augment);
        };
    }

    @Override
    public MultiDataSet batch(int[] rows, String[] outputs, Random augment) {
        int n = rows.length;
        InputShape shape = spec.shape();
        float[] x = new float[n * shape.size()];
        for (int k = 0; k < n; k++) System.arraycopy(features(rows[k], augment), 0, x, k * shape.size(), shape.size());
        INDArray[] labels = new INDArray[outputs.length];
        INDArray[] masks = new INDArray[outputs.length];
        boolean anyMask = false;
        for (int o = 0; o < outputs.length; o++) {
            switch (outputs[o]) {
                case ClassifierNets.INSTRUMENT -> {
                    float[] y = new float[n * Instrument.count()];
                    for (int k = 0; k < n; k++) y[k * Instrument.count() + instrument(rows[k])] = 1;
                    labels[o] = Nd4j.create(y, new long[] {n, Instrument.count()});
                }
                case ClassifierNets.POSE -> {
                    float[] y = new float[n * PoseHead.SIZE];
                    float[] m = new float[n * PoseHead.SIZE];
                    for (int k = 0; k < n; k++) {
                        int p = pairs[rows[k]];
                        if (store.hasPose(p)) PoseHead.put(y, m, k, store.instrument(p), store.pose(p));
                    }
                    labels[o] = Nd4j.create(y, new long[] {n, PoseHead.SIZE});
                    masks[o] = Nd4j.create(m, new long[] {n, PoseHead.SIZE});
                    anyMask = true;
                }
                case ClassifierNets.PITCH -> {
                    float[] y = new float[n];
                    float[] m = new float[n];
                    for (int k = 0; k < n; k++) {
                        float hz = store.pitchHz(pairs[rows[k]]);
                        if (hz <= 0) continue;
                        double midi = Note.midiOfHz(hz);
                        y[k] = (float) Math.max(0, Math.min(1, (midi - 24) / 84));
                        m[k] = 1;
                    }
                    labels[o] = Nd4j.create(y, new long[] {n, 1});
                    masks[o] = Nd4j.create(m, new long[] {n, 1});
                    anyMask = true;
                }
                default -> throw new IllegalArgumentException("unknown output " + outputs[o]);
            }
        }
        INDArray features = Nd4j.create(x, shape.batchShape(n));
        return new org.nd4j.linalg.dataset.MultiDataSet(new INDArray[] {features}, labels, null, anyMask ? masks : null);
    }

    @Override
    public String toString() { return "PairStoreSet[" + spec.encoding().id() + ", " + pairs.length + " pairs, " + Arrays.toString(shape().batchShape(1)) + "]"; }
}

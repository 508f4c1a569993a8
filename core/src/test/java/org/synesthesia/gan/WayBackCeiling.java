package org.synesthesia.gan;

import java.nio.file.Path;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.audio.Lms;
import org.synesthesia.audio.LmsConfig;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.FeatureSpec;
import org.synesthesia.nn.Features;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;

/**
 * What I2S's way back to audio costs the audio judge: its top-1 on the real held-out chunks as they
 * are, and after the path a generated spectrogram takes (LMS, clipped and normalized as G's
 * targets, then {@link SampleKind.Sound#audio}: back to dB and through Griffin-Lim). A perfect
 * generator scores the second figure. {@code WayBackCeiling JUDGE PAIRS}.
 */
public final class WayBackCeiling {
    public static void main(String[] a) throws Exception {
        Classifier judge = Classifier.load(Path.of(a[0]));
        PairStore store = PairStore.open(Path.of(a[1]));
        FeatureSpec js = judge.features();
        LmsConfig lms = FeatureSpec.of(Encoding.LMS, store.manifest().sampleRate(), store.chunkSamples(), store.imageSize()).lms();
        int[] test = store.indices(Split.TEST);
        int n = Instrument.count();
        int[][] right = new int[2][n];
        int[] all = new int[n];
        float[] chunk = new float[store.chunkSamples()];
        int size = js.shape().size();
        SampleKind.Sound way = new SampleKind.Sound(lms, store.chunkSamples());
        for (int from = 0; from < test.length; from += 32) {
            int b = Math.min(32, test.length - from);
            float[][] inputs = {new float[b * size], new float[b * size]};
            for (int r = 0; r < b; r++) {
                store.audio(test[from + r], chunk);
                float[][] unit = Lms.normalize(Lms.compute(chunk, lms), lms);
                // the generator's own way back, as if G had drawn this chunk's spectrogram exactly
                float[] back = way.audio(Nd4j.create(unit).reshape(1, 1, unit.length, unit[0].length), from + r);
                System.arraycopy(Features.audio(chunk, js, null), 0, inputs[0], r * size, size);
                System.arraycopy(Features.audio(back, js, null), 0, inputs[1], r * size, size);
            }
            for (int kind = 0; kind < 2; kind++) {
                INDArray p = judge.probabilities(Nd4j.create(inputs[kind], js.shape().batchShape(b)));
                for (int r = 0; r < b; r++) {
                    int y = store.instrument(test[from + r]).index();
                    if (p.getRow(r).argMax().getInt(0) == y) right[kind][y]++;
                    if (kind == 0) all[y]++;
                }
            }
            System.err.printf(Locale.ROOT, "\r%d/%d", from + b, test.length);
        }
        System.err.println();
        int[] total = new int[2];
        StringBuilder per = new StringBuilder();
        for (int i = 0; i < n; i++) {
            total[0] += right[0][i];
            total[1] += right[1][i];
            per.append(String.format(Locale.ROOT, " %s=%.2f/%.2f", Instrument.ofIndex(i).code(), right[0][i] / (double) all[i], right[1][i] / (double) all[i]));
        }
        System.out.printf(Locale.ROOT, "real chunks %.3f, through the way back %.3f (%d chunks)%n%s%n",
                total[0] / (double) test.length, total[1] / (double) test.length, test.length, per);
    }
}

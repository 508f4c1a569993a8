package org.synesthesia.gan;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.audio.WavWriter;
import org.synesthesia.image.Images;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.FeatureSpec;
import org.synesthesia.nn.Features;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.progress.Progress;

/**
 * The data side of an S2I step at batch 32, two ways: from the pair store with embeddings
 * computed once ({@link PairConditions}), and as the public Sub-URMP code does it, decoding a JPEG
 * and a WAV per pair per step and running the encoder on the chunk. {@code DataPathBench REPEATS}.
 */
public final class DataPathBench {
    public static void main(String[] args) throws Exception {
        int repeats = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("datapath");
        Path pairs = CrossModalTest.store(dir);
        Path encRun = CrossModalTest.encoder(dir, pairs, Encoding.LMS);
        Classifier enc = Classifier.load(encRun);
        PairStore store = PairStore.open(pairs);
        int[] train = store.indices(Split.TRAIN);
        int n = 32;
        // files for the reference: one JPEG and one WAV per pair
        for (int i = 0; i < store.size(); i++) {
            float[] chw = new float[3 * store.imageSize() * store.imageSize()];
            store.imageFloat(i, chw);
            ImageIO.write(Images.fromChw(chw, store.imageSize(), store.imageSize()), "jpg", dir.resolve(i + ".jpg").toFile());
            float[] a = new float[store.chunkSamples()];
            store.audio(i, a);
            WavWriter.writeMono(dir.resolve(i + ".wav"), a, store.manifest().sampleRate(), 16);
        }
        PairConditions set = PairConditions.of(store, train, Direction.S2I, enc, FeatureSpec.of(Encoding.LMS, 22050, 11025, 64).lms(), Progress.NONE);
        int[] rows = new int[n];
        for (int k = 0; k < n; k++) rows[k] = k % set.size();
        INDArray x = Nd4j.create(DataType.FLOAT, n, 3, 64, 64);
        INDArray c = Nd4j.create(DataType.FLOAT, n, set.conditionSize());
        FeatureSpec spec = enc.features();
        double ours = Double.MAX_VALUE;
        double reference = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            set.batch(rows, x, c);
            long t1 = System.nanoTime();
            float[] inputs = new float[n * spec.shape().size()];
            for (int k = 0; k < n; k++) {
                int p = set.pair(rows[k]);
                float[] chw = Images.toChw(Images.read(dir.resolve(p + ".jpg")));
                x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(k)).assign(Nd4j.create(chw, new long[] {3, 64, 64}));
                float[] chunk = AudioFiles.readMono(dir.resolve(p + ".wav"), spec.sampleRate());
                System.arraycopy(Features.audio(chunk, spec, null), 0, inputs, k * spec.shape().size(), spec.shape().size());
            }
            c.assign(enc.embed(Nd4j.create(inputs, spec.shape().batchShape(n))));
            long t2 = System.nanoTime();
            ours = Math.min(ours, (t1 - t0) / 1e9);
            reference = Math.min(reference, (t2 - t1) / 1e9);
        }
        System.out.printf("data per batch of %d: pair store %.4f s, decode jpg+wav+LMS+encoder %.4f s (best of %d)%n", n, ours, reference, repeats);
    }
}

package org.synesthesia.nn;

import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;

/**
 * Test accuracy of a classifier run, per instrument and per soundfont, for a store synthesized
 * with K soundfonts (piece n played with soundfont (n - 1) mod K), and where each instrument's
 * misses went. {@code SoundfontAccuracy RUN[,RUN...] PAIRS K}: several runs of one encoding are
 * averaged, to tell seed noise from chunks that no network gets right.
 */
public final class SoundfontAccuracy {
    public static void main(String[] a) throws Exception {
        // several runs, comma-separated, are averaged: an ensemble of their probabilities
        java.util.List<Classifier> runs = new java.util.ArrayList<>();
        for (String r : a[0].split(",")) runs.add(Classifier.load(Path.of(r)));
        Classifier c = runs.get(0);
        PairStore store = PairStore.open(Path.of(a[1]));
        int k = Integer.parseInt(a[2]);
        int[] test = store.indices(Split.TEST);
        PairStoreSet set = new PairStoreSet(store, test, c.features());
        int n = Instrument.values().length;
        int[][][] confusion = new int[k][n][n];
        double[] rms = new double[test.length];
        boolean[] hit = new boolean[test.length];
        float[] chunk = new float[store.chunkSamples()];
        for (int from = 0; from < test.length; from += 64) {
            int[] rows = java.util.stream.IntStream.range(from, Math.min(test.length, from + 64)).toArray();
            INDArray x = set.batch(rows, new String[] {"instrument"}, null).getFeatures(0);
            INDArray p = c.probabilities(x).dup();
            for (Classifier other : runs.subList(1, runs.size())) p.addi(other.probabilities(x));
            for (int r = 0; r < rows.length; r++) {
                int pair = test[rows[r]];
                String piece = store.info(pair).piece();
                int font = (Integer.parseInt(piece.substring(0, piece.indexOf('_'))) - 1) % k;
                int guess = p.getRow(r).argMax().getInt(0);
                confusion[font][store.instrument(pair).index()][guess]++;
                store.audio(pair, chunk);
                double e = 0;
                for (float v : chunk) e += v * v;
                rms[rows[r]] = Math.sqrt(e / chunk.length);
                hit[rows[r]] = guess == store.instrument(pair).index();
            }
        }
        System.out.print("inst ");
        for (int f = 0; f < k; f++) System.out.printf("  font%d", f);
        System.out.println("   misses (all fonts)");
        for (int i = 0; i < n; i++) {
            System.out.printf("%-4s ", Instrument.ofIndex(i).code());
            int[] miss = new int[n];
            for (int f = 0; f < k; f++) {
                int right = confusion[f][i][i], all = Arrays.stream(confusion[f][i]).sum();
                System.out.printf("  %.3f", all == 0 ? Double.NaN : right / (double) all);
                for (int j = 0; j < n; j++) if (j != i) miss[j] += confusion[f][i][j];
            }
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < n; j++) if (miss[j] > 0) s.append(' ').append(Instrument.ofIndex(j).code()).append(':').append(miss[j]);
            System.out.println("  " + s);
        }
        Integer[] byLoudness = new Integer[test.length];
        for (int i = 0; i < test.length; i++) byLoudness[i] = i;
        Arrays.sort(byLoudness, (x, y) -> Double.compare(rms[x], rms[y]));
        for (int q = 0; q < 10; q++) {
            int from = q * test.length / 10, to = (q + 1) * test.length / 10, ok = 0;
            for (int i = from; i < to; i++) if (hit[byLoudness[i]]) ok++;
            System.out.printf("loudness decile %d (rms %.4f-%.4f): accuracy %.3f%n", q, rms[byLoudness[from]], rms[byLoudness[to - 1]], ok / (double) (to - from));
        }
        for (int f = 0; f < k; f++) {
            int right = 0, all = 0;
            for (int i = 0; i < n; i++) { right += confusion[f][i][i]; all += Arrays.stream(confusion[f][i]).sum(); }
            System.out.printf("font%d overall %.3f (%d)%n", f, right / (double) all, all);
        }
    }
}

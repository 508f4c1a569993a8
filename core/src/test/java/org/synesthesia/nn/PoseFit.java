package org.synesthesia.nn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;

/**
 * Trains the pose regressor's graph on some instruments of a pair store and prints its train and
 * test bow and hand errors beside each instrument's mean, four times along the way: how the
 * pose-regressor analysis in BENCHMARKS.md told "the network cannot read the bow" (it can, on
 * violins alone) from "it does not learn it among 13 instruments".
 * {@code PoseFit PAIRS vn,va,...|all STEPS AUGMENT(0|1) [LEARNING_RATE [DECAY(0|1)]]}
 */
public final class PoseFit {
    public static void main(String[] a) throws Exception {
        PairStore store = PairStore.open(Path.of(a[0]));
        List<String> codes = Arrays.asList(a[1].split(","));
        int steps = Integer.parseInt(a[2]);
        boolean aug = a[3].equals("1");
        double lr = a.length > 4 ? Double.parseDouble(a[4]) : 2e-3;
        boolean decay = a.length > 5 && a[5].equals("1");
        FeatureSpec spec = FeatureSpec.of(Encoding.IMAGE, store.manifest().sampleRate(), store.chunkSamples(), store.imageSize());
        int[] tr = Arrays.stream(store.indices(Split.TRAIN)).filter(p -> codes.contains("all") || codes.contains(store.instrument(p).code())).toArray();
        int[] te = Arrays.stream(store.indices(Split.TEST)).filter(p -> codes.contains("all") || codes.contains(store.instrument(p).code())).toArray();
        PairStoreSet train = new PairStoreSet(store, tr, spec, 0.25);
        PairStoreSet test = new PairStoreSet(store, te, spec, 0.25);
        ClassifierConfig c = new ClassifierConfig(Encoding.IMAGE, "pose", false, 1, 128, 12, 1, 32, lr, decay, 7919, aug, 1000);
        ComputationGraph net = ClassifierNets.build(c, train.shape(), steps);
        String[] outs = ClassifierNets.outputs(c);
        Random order = new Random(1);
        for (int s = 1; s <= steps; s++) {
            int[] rows = new int[32];
            for (int k = 0; k < 32; k++) rows[k] = order.nextInt(train.size());
            net.fit(train.batch(rows, outs, aug ? new Random(s) : null));
            if (s % (steps / 4) == 0) System.out.printf("step %d loss %.5f train %s test %s%n", s, net.score(), show(net, train, c), show(net, test, c));
        }
    }

    static String show(ComputationGraph net, PairStoreSet set, ClassifierConfig c) {
        var p = ClassifierEvaluation.of(net, set, c).pose();
        return String.format("bow %.3f (%.3f) hand %.3f (%.3f)", p.mae()[0], p.maeOfInstrumentMean()[0], p.mae()[1], p.maeOfInstrumentMean()[1]);
    }
}

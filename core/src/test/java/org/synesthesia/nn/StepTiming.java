package org.synesthesia.nn;

import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/** By-hand timing of classifier training steps: {@code StepTiming [encoding] [role] [batch]}. */
public final class StepTiming {
    public static void main(String[] args) {
        Encoding e = Encoding.parse(args.length > 0 ? args[0] : "lms");
        String role = args.length > 1 ? args[1] : "encoder";
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        FeatureSpec spec = FeatureSpec.of(e, 22050, 11025, 64);
        ClassifierConfig d = ClassifierConfig.defaults(e, role);
        int width = Integer.getInteger("width", d.width());
        ClassifierConfig c = new ClassifierConfig(e, role, false, 1, d.embeddingSize(), width, 1, batch, 1e-3, false, 1, false, 100);
        ComputationGraph net = ClassifierNets.build(c, spec.shape(), 1);
        System.out.println(e + " " + role + " params " + net.numParams() + " shape " + spec.shape());
        ToySet set = new ToySet(batch, spec.shape(), 1);
        MultiDataSet data = set.batch(java.util.stream.IntStream.range(0, batch).toArray(), ClassifierNets.outputs(c), null);
        for (int i = 0; i < 8; i++) {
            long t0 = System.nanoTime();
            net.fit(data);
            System.out.printf("step %d: %.3f s%n", i, (System.nanoTime() - t0) / 1e9);
        }
    }
}

package org.synesthesia.nn;

import java.util.Locale;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * By hand: the machine's ND4J gemm peak and the share of it that each classifier's training step
 * reaches. {@code TrainingPeak [batch] [steps]}.
 */
public final class TrainingPeak {
    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double peak = 0;
        for (int n : new int[] {512, 1024, 2048}) {
            double f = Flops.gemmPeak(n, n >= 2048 ? 3 : 10);
            peak = Math.max(peak, f);
            System.out.printf(Locale.ROOT, "gemm n=%d: %.1f GFLOP/s%n", n, f / 1e9);
        }
        for (String role : new String[] {"encoder", "judge"}) {
            for (Encoding e : Encoding.values()) {
                FeatureSpec spec = FeatureSpec.of(e, 22050, 11025, 64);
                ClassifierConfig c = ClassifierConfig.defaults(e, role);
                ComputationGraph net = ClassifierNets.build(c, spec.shape(), 1);
                double stepFlops = 3 * Flops.forward(net, spec.shape()) * batch;
                MultiDataSet data = new ToySet(batch, spec.shape(), 1).batch(IntStream.range(0, batch).toArray(), ClassifierNets.outputs(c), null);
                for (int i = 0; i < 3; i++) net.fit(data);
                long t0 = System.nanoTime();
                for (int i = 0; i < steps; i++) net.fit(data);
                double secs = (System.nanoTime() - t0) / 1e9 / steps;
                System.out.printf(Locale.ROOT, "%-5s %-7s params %7d: %.3f s/step, %.0f examples/s, %.2f GFLOP/s = %.0f%% of peak%n",
                        e.id(), role, net.numParams(), secs, batch / secs, stepFlops / secs / 1e9, 100 * stepFlops / secs / peak);
            }
        }
    }
}

package org.synesthesia.gan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.nn.InputShape;
import org.synesthesia.progress.Progress;

/**
 * Generation latency of default-size generators (one training step, so the weights are real
 * releases): one 64x64 image to PNG, and one second of sound (two LMS chunks, Griffin-Lim, WAV).
 * The encoder's embedding of the input file is not included. {@code GenerationLatency REPEATS}.
 */
public final class GenerationLatency {
    public static void main(String[] args) throws Exception {
        int repeats = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("genlat");
        for (Direction d : Direction.values()) {
            InputShape shape = d == Direction.S2I ? new InputShape(3, 64, 64) : new InputShape(1, 128, 44);
            GanConfig c = GanConfig.defaults(d).with(Map.of("steps", "1", "batchSize", "4", "sampleEvery", "0"));
            Path run = dir.resolve(d.name());
            new GanTrainer(c, new ToyPairs(8, shape, 128, 1), run).train(Progress.NONE, s -> {}, Long.MAX_VALUE);
            ConditionalGenerator g = ConditionalGenerator.load(run);
            SampleKind kind = SampleKind.of(g.release());
            INDArray cond = new ToyPairs(8, shape, 128, 1).condition(0);
            int samples = d == Direction.S2I ? 1 : 2;
            double best = Double.MAX_VALUE;
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                kind.write(g.generate(cond, r, samples), samples, dir.resolve(d == Direction.S2I ? "x.png" : "x.wav"));
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%s: %s in %.3f s (best of %d)%n", d, d == Direction.S2I ? "one 64x64 image" : "one second of sound", best, repeats);
        }
    }
}

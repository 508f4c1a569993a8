package org.synesthesia.gan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.synesthesia.nn.InputShape;
import org.synesthesia.progress.Progress;

/** Times GAN steps on toy pairs: {@code GanStepBench CHANNELS HEIGHT WIDTH STEPS [key=value ...]}. */
public final class GanStepBench {
    public static void main(String[] args) throws Exception {
        InputShape shape = new InputShape(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        int steps = Integer.parseInt(args[3]);
        var overrides = new java.util.HashMap<String, String>(Map.of("steps", String.valueOf(steps), "checkpointEvery", "1000000", "sampleEvery", "0"));
        for (int i = 4; i < args.length; i++) overrides.put(args[i].split("=")[0], args[i].split("=")[1]);
        GanConfig c = GanConfig.defaults(shape.channels() == 3 ? Direction.S2I : Direction.I2S).with(overrides);
        Path run = Files.createTempDirectory("ganbench");
        ToyPairs set = new ToyPairs(Math.max(256, c.batchSize() * 4), shape, 128, 1);
        new GanTrainer(c, set, run).train(Progress.NONE, s -> System.out.printf("step %d data %.3f d %.3f g %.3f pairs/s %.1f %s%n",
                s.step(), s.dataSeconds(), s.dSeconds(), s.gSeconds(), s.pairsPerSecond(), s.losses()), Long.MAX_VALUE);
    }
}

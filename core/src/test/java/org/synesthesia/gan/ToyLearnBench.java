package org.synesthesia.gan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.nn.InputShape;
import org.synesthesia.progress.Progress;

/** Prints how well the toy set is learned every 50 steps: {@code ToyLearnBench SIDE STEPS [key=value ...]}. */
public final class ToyLearnBench {
    public static void main(String[] args) throws Exception {
        InputShape shape = new InputShape(3, Integer.parseInt(args[0]), Integer.parseInt(args[0]));
        var o = new HashMap<String, String>(Map.of("steps", args[1], "checkpointEvery", "50", "gWidth", "8", "dWidth", "8", "batchSize", "16", "emaHalfLifePairs", "200"));
        for (int i = 2; i < args.length; i++) o.put(args[i].split("=")[0], args[i].split("=")[1]);
        GanConfig c = GanNetsTest.tiny(Direction.S2I, Conditioning.CONCAT).with(o);
        ToyPairs train = new ToyPairs(256, shape, 6, 1);
        Path run = Files.createTempDirectory("toylearn");
        for (long stop = 50; stop <= c.steps(); stop += 50) {
            long t0 = System.nanoTime();
            new GanTrainer(c, train, run).train(Progress.NONE, s -> {}, stop);
            System.out.printf("step %d accuracy %.2f (%.1fs)%n", stop, GanTrainerTest.nearestClassAccuracy(train, ConditionalGenerator.load(run)), (System.nanoTime() - t0) / 1e9);
        }
    }
}

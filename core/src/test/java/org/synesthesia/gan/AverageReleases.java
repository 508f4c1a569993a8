package org.synesthesia.gan;

import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.synesthesia.io.Json;
import org.synesthesia.nn.Checkpoints;

/**
 * A by-hand experiment: the average of the release weights (BatchNorm statistics included) of
 * copies of one run at several steps, written as a new run folder for {@code synesthesia evaluate}.
 * It is what a longer EMA would approach; BENCHMARKS.md's averaged rows come from it.
 *
 * <pre>java -cp ... org.synesthesia.gan.AverageReleases OUT RUN_AT_STEP_A RUN_AT_STEP_B ...</pre>
 */
public final class AverageReleases {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) throw new IllegalArgumentException("usage: AverageReleases OUT RUN RUN...");
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ComputationGraph sum = Checkpoints.readModel(Path.of(args[1]).resolve(ConditionalGenerator.WEIGHTS));
        for (int i = 2; i < args.length; i++) {
            ComputationGraph other = Checkpoints.readModel(Path.of(args[i]).resolve(ConditionalGenerator.WEIGHTS));
            if (other.numParams() != sum.numParams()) throw new IllegalArgumentException(args[i] + " is another network than " + args[1]);
            sum.params().addi(other.params());
        }
        sum.params().divi(args.length - 1);
        var release = Json.readFile(Path.of(args[args.length - 1]).resolve(ConditionalGenerator.CONFIG), ConditionalGenerator.Release.class);
        ConditionalGenerator.write(out, release, sum);
        System.out.println("averaged " + (args.length - 1) + " releases into " + out);
    }
}

package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.synesthesia.gan.Direction;
import org.synesthesia.gan.GanConfig;
import org.synesthesia.gan.GanRun;
import org.synesthesia.gan.GanTrainer;
import org.synesthesia.io.Json;
import org.synesthesia.progress.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synesthesia train s2i|i2s}: a conditional GAN on a pair store, conditioned by a frozen encoder. */
public abstract class TrainGanCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "Pair store made by 'synesthesia data prepare'.")
    Path data;

    @Option(names = "--out", required = true, description = "Run folder: checkpoint, samples/, generator.zip and gan.json.")
    Path out;

    @Option(names = "--encoder", required = true, description = "Run folder of the frozen encoder whose embedding is the condition ('synesthesia train classifier'); its encoding is the run's unless a setting names one.")
    Path encoder;

    @Option(names = "--pose-guide", description = "S2I: run folder of a pose regressor ('train classifier --modality image --role pose', trained on other pictures than the pose judge's). G is trained to have it read the conditioning chunk's labelled pose, weighted poseWeight (default 10 with a guide).")
    Path poseGuide;

    @Option(names = "--from", description = "Start from the G, D and EMA weights and optimizer state of another run's checkpoint (same widths and encoder), at step 0: e.g. to add a pose guide to a trained run.")
    Path from;

    @Option(names = "--config", description = "A JSON file of GAN settings; settings it leaves out keep their defaults.")
    Path configFile;

    @Option(names = "--set", description = "Override a setting, e.g. --set steps=2000 --set conditioning=projection.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--steps", description = "Steps to train (same as --set steps=N).")
    Long steps;

    @Option(names = "--seed", description = "Seed of weights, batches, noise and mismatches (same as --set seed=S).")
    Long seed;

    @Option(names = "--resume", description = "Continue the run in --out from its last checkpoint.")
    boolean resume;

    abstract Direction direction();

    @Override
    public Integer call() throws Exception {
        GanConfig c = configFile != null ? GanConfig.read(configFile, direction()) : GanConfig.defaults(direction());
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.put("direction", direction().name());
        if (steps != null) all.put("steps", steps.toString());
        if (seed != null) all.put("seed", seed.toString());
        c = c.with(all);
        // what the encoder run and the pair store decide follows them, unless a setting names it
        Set<String> given = new HashSet<>(all.keySet());
        if (configFile != null) Json.MAPPER.readTree(configFile.toFile()).fieldNames().forEachRemaining(given::add);
        c = GanRun.fitInputs(c, given, data, encoder, poseGuide != null);
        GanTrainer.Result r = GanRun.train(c, data, encoder, poseGuide, from, out, resume, new TerminalProgress(System.err, "steps").unit("embed", "pairs").unit("lms", "pairs"),
                new LossLog(System.err, c.sampleEvery() > 0 ? c.sampleEvery() : 250));
        String release = r.averaged() > 0 ? "release (the mean of the EMA at " + r.averaged() + " checkpoints)" : "release";
        System.out.printf(Locale.ROOT, "%s: %d steps; %s in %s%n", direction().name().toLowerCase(Locale.ROOT), r.step(), release, out.resolve("generator.zip"));
        return 0;
    }

    /** Prints the losses and D's outputs averaged over every {@code every} steps, to see at a glance whether D or G is winning. */
    static final class LossLog implements java.util.function.Consumer<GanTrainer.Step> {
        private final java.io.PrintStream out;
        private final int every;
        private final Map<String, Double> sums = new java.util.TreeMap<>();
        private double seconds;
        private long pairs;
        private int count;

        LossLog(java.io.PrintStream out, int every) {
            this.out = out;
            this.every = every;
        }

        @Override
        public void accept(GanTrainer.Step s) {
            s.losses().forEach((k, v) -> sums.merge(k, v, Double::sum));
            seconds += s.seconds();
            pairs += s.pairs();
            count++;
            if (s.step() % every != 0 && s.step() != s.totalSteps()) return;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "step %d:", s.step()));
            sums.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %.3f", k, v / count)));
            line.append(String.format(Locale.ROOT, ", %.1f pairs/s", pairs / Math.max(1e-9, seconds)));
            out.println(line);
            sums.clear();
            seconds = 0;
            pairs = 0;
            count = 0;
        }
    }

    /** Sound to image. */
    @Command(name = "s2i", mixinStandardHelpOptions = true,
            description = {"Train the sound-to-image GAN: G(noise, sound embedding) makes the performer's image.",
                    "A killed run continues with --resume."})
    public static final class S2i extends TrainGanCommand {
        @Override Direction direction() { return Direction.S2I; }
    }

    /** Image to sound. */
    @Command(name = "i2s", mixinStandardHelpOptions = true,
            description = {"Train the image-to-sound GAN: G(noise, image embedding) makes the chunk's LMS.",
                    "A killed run continues with --resume."})
    public static final class I2s extends TrainGanCommand {
        @Override Direction direction() { return Direction.I2S; }
    }
}

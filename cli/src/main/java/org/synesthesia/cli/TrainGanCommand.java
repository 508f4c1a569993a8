package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.synesthesia.gan.Direction;
import org.synesthesia.gan.GanConfig;
import org.synesthesia.gan.GanRun;
import org.synesthesia.gan.GanTrainer;
import org.synesthesia.progress.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synesthesia train s2i|i2s}: a conditional GAN on a pair store, conditioned by a frozen encoder. */
public abstract class TrainGanCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "Pair store made by 'synesthesia data prepare'.")
    Path data;

    @Option(names = "--out", required = true, description = "Run folder: checkpoint, samples/, generator.zip and gan.json.")
    Path out;

    @Option(names = "--encoder", required = true, description = "Run folder of the frozen encoder whose embedding is the condition ('synesthesia train classifier').")
    Path encoder;

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
        GanTrainer.Result r = GanRun.train(c, data, encoder, out, resume, new TerminalProgress(System.err, "steps"), s -> {});
        System.out.printf(Locale.ROOT, "%s: %d steps; release in %s%n", direction().name().toLowerCase(Locale.ROOT), r.step(), out.resolve("generator.zip"));
        return 0;
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

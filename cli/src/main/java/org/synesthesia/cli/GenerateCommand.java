package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.gan.CrossModal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synesthesia generate image|sound}: the trained generators on files. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate an image from a sound, or a sound from an image, with a trained run.",
        subcommands = {GenerateCommand.Image.class, GenerateCommand.Sound.class})
public final class GenerateCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Sound file to images. */
    @Command(name = "image", mixinStandardHelpOptions = true,
            description = {"Images of the performer for a sound file (any common format).",
                    "One row per 0.5 s chunk, one column per sample, in one PNG."})
    public static final class Image implements Callable<Integer> {
        @Option(names = "--model", required = true, description = "An s2i run folder.") Path model;
        @Option(names = "--audio", required = true, description = "The sound file.") Path audio;
        @Option(names = "--out", required = true, description = "The PNG to write.") Path out;
        @Option(names = "--samples", defaultValue = "1", description = "Images per chunk, each from other noise. Default ${DEFAULT-VALUE}.") int samples;
        @Option(names = "--seed", defaultValue = "0", description = "Seed of the noise. Default ${DEFAULT-VALUE}.") long seed;
        @Option(names = "--truncation", paramLabel = "T", description = "Draw the noise from a normal truncated at T (0: untruncated). Default: the run's own (gan.json).") Double truncation;

        @Override
        public Integer call() throws Exception {
            if (samples < 1) throw new IllegalArgumentException("--samples must be at least 1");
            int chunks = load(model, truncation).soundToImage(audio, samples, seed, out);
            System.out.printf(Locale.ROOT, "%s: %d chunk(s) x %d sample(s)%n", out, chunks, samples);
            return 0;
        }
    }

    /** Image to a sound file. */
    @Command(name = "sound", mixinStandardHelpOptions = true,
            description = "A sound for an image (any common format), as a WAV: its LMS chunks through Griffin-Lim.")
    public static final class Sound implements Callable<Integer> {
        @Option(names = "--model", required = true, description = "An i2s run folder.") Path model;
        @Option(names = "--image", required = true, description = "The image file.") Path image;
        @Option(names = "--out", required = true, description = "The WAV to write.") Path out;
        @Option(names = "--seconds", defaultValue = "1", description = "Length, rounded up to whole 0.5 s chunks. Default ${DEFAULT-VALUE}.") double seconds;
        @Option(names = "--seed", defaultValue = "0", description = "Seed of the noise and phases. Default ${DEFAULT-VALUE}.") long seed;
        @Option(names = "--truncation", paramLabel = "T", description = "Draw the noise from a normal truncated at T (0: untruncated). Default: the run's own (gan.json).") Double truncation;

        @Override
        public Integer call() throws Exception {
            if (!(seconds > 0)) throw new IllegalArgumentException("--seconds must be positive");
            double written = load(model, truncation).imageToSound(image, seconds, seed, out);
            System.out.printf(Locale.ROOT, "%s: %.2f s%n", out, written);
            return 0;
        }
    }

    /** A run's directions, drawing noise as {@code --truncation} says (null: as the run's release does). */
    static CrossModal load(Path model, Double truncation) throws java.io.IOException {
        CrossModal m = CrossModal.load(model);
        return truncation == null ? m : m.withTruncation(truncation);
    }
}

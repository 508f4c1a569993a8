package org.synesthesia.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.pairs.SkippedFile;
import org.synesthesia.prepare.PrepareConfig;
import org.synesthesia.prepare.PrepareReport;
import org.synesthesia.prepare.Preparer;
import org.synesthesia.progress.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synesthesia data prepare FORMAT SRC OUT}: decodes a dataset once into a pair store. */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = "Decode a dataset once into a pair store (fixed-size images and sound chunks, memory-mappable) for training.")
public final class PrepareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORMAT", description = "urmp, sub-urmp, inis or folder.")
    String format;

    @Parameters(index = "1", paramLabel = "SRC", description = "The dataset folder.")
    Path src;

    @Parameters(index = "2", paramLabel = "OUT", description = "The pair store to create; must not exist. A killed run resumes from OUT.partial.")
    Path out;

    @Option(names = "--image-size", defaultValue = "64", description = "Side of the square images, pixels (64 or 128). Default: ${DEFAULT-VALUE}.")
    int imageSize;

    @Option(names = "--sample-rate", defaultValue = "22050", description = "Sample rate of the sound chunks, Hz. Default: ${DEFAULT-VALUE}.")
    int sampleRate;

    @Option(names = "--chunk-seconds", defaultValue = "0.5", description = "Length of a sound chunk, s. Default: ${DEFAULT-VALUE}.")
    double chunkSeconds;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "Fraction of recordings held out for test. Default: ${DEFAULT-VALUE}.")
    double testFraction;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the split by recording. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--skip-bad", description = "Leave out unusable files and report them, instead of stopping.")
    boolean skipBad;

    @Option(names = "--crop-file", description = "CSV 'piece,track,x,y,w,h' of player boxes in video pixels (default: SRC/crops.csv if there is one, as the synthesizer writes, else equal-width regions).")
    Path cropFile;

    @Option(names = "--threads", defaultValue = "2", description = "Recordings prepared at once. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrepareConfig config;
        try {
            config = PrepareConfig.defaults(format).withImageSize(imageSize).withSampleRate(sampleRate).withChunkSeconds(chunkSeconds)
                    .withSplit(testFraction, seed).withSkipBad(skipBad).withCropFile(cropFile).withThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
        PrepareReport r = Preparer.prepare(config, src, out, new TerminalProgress(System.err, "recordings"));
        System.out.printf(Locale.ROOT, "prepare: %d pairs (%d train, %d test) in %s%n", r.pairs(), r.train(), r.test(), r.store());
        System.out.printf(Locale.ROOT, "prepare: %.1f s of performance in %.1f s: %.1f s of performance per second%s%n",
                r.secondsOfPerformance() - r.resumedSeconds(), r.wallSeconds(), r.throughput(),
                r.resumedSeconds() > 0 ? String.format(Locale.ROOT, " (resumed: %.1f s were done before)", r.resumedSeconds()) : "");
        if (!r.unmatched().isEmpty()) System.out.println("prepare: unmatched files: " + r.unmatched());
        if (!r.skipped().isEmpty()) {
            System.out.println("prepare: skipped " + r.skipped().size() + " bad file(s):");
            for (SkippedFile s : r.skipped()) System.out.println("  " + s.file() + ": " + s.reason());
        }
        return 0;
    }
}

package org.synesthesia.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Settings of one preparation: how sources become pairs. Stored whole in the store's manifest.
 *
 * @param format          urmp, sub-urmp, inis or folder
 * @param imageSize       side S of the square images (64 or 128)
 * @param sampleRate      project sample rate of the sound chunks, Hz
 * @param chunkSeconds    length of a sound chunk
 * @param testFraction    fraction of recordings (pieces, videos, sound files) held out for test
 * @param splitSeed       seed of the split by recording
 * @param skipBad         leave out bad files and report them, instead of stopping
 * @param cropFile        optional CSV {@code piece,track,x,y,w,h} of player boxes in video pixels
 *                        ({@code piece} is the URMP folder or video file name); null: equal-width regions
 * @param silenceDb       a chunk whose RMS is below this (dBFS) is silent, where there are no notes
 * @param minNoteCoverage a chunk is kept when notes sound for at least this fraction of it
 * @param threads         recordings prepared at once
 */
public record PrepareConfig(String format, int imageSize, int sampleRate, double chunkSeconds, double testFraction,
                            long splitSeed, boolean skipBad, Path cropFile, double silenceDb, double minNoteCoverage,
                            int threads) {

    public static final List<String> FORMATS = List.of("urmp", "sub-urmp", "inis", "folder");

    public PrepareConfig {
        format = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) throw new IllegalArgumentException("format must be one of " + FORMATS + ", got " + format);
        if (imageSize < 8 || imageSize > 1024) throw new IllegalArgumentException("image size must be in [8, 1024], got " + imageSize);
        if (sampleRate < 1000 || sampleRate > 192000) throw new IllegalArgumentException("sample rate must be in [1000, 192000], got " + sampleRate);
        if (!(chunkSeconds > 0 && chunkSeconds <= 10)) throw new IllegalArgumentException("chunk seconds must be in (0, 10], got " + chunkSeconds);
        if (!(testFraction >= 0 && testFraction < 1)) throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        if (!(minNoteCoverage >= 0 && minNoteCoverage <= 1)) throw new IllegalArgumentException("note coverage must be in [0, 1], got " + minNoteCoverage);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /** The defaults: 64 px, 22050 Hz, 0.5 s chunks, 20% test, seed 1, -50 dBFS, a quarter chunk of notes, 2 threads. */
    public static PrepareConfig defaults(String format) {
        return new PrepareConfig(format, 64, 22050, 0.5, 0.2, 1L, false, null, -50.0, 0.25, 2);
    }

    /** Samples per sound chunk. */
    public int chunkSamples() { return (int) Math.round(chunkSeconds * sampleRate); }

    public PrepareConfig withImageSize(int s) { return new PrepareConfig(format, s, sampleRate, chunkSeconds, testFraction, splitSeed, skipBad, cropFile, silenceDb, minNoteCoverage, threads); }

    public PrepareConfig withSampleRate(int r) { return new PrepareConfig(format, imageSize, r, chunkSeconds, testFraction, splitSeed, skipBad, cropFile, silenceDb, minNoteCoverage, threads); }

    public PrepareConfig withChunkSeconds(double c) { return new PrepareConfig(format, imageSize, sampleRate, c, testFraction, splitSeed, skipBad, cropFile, silenceDb, minNoteCoverage, threads); }

    public PrepareConfig withSplit(double fraction, long seed) { return new PrepareConfig(format, imageSize, sampleRate, chunkSeconds, fraction, seed, skipBad, cropFile, silenceDb, minNoteCoverage, threads); }

    public PrepareConfig withSkipBad(boolean skip) { return new PrepareConfig(format, imageSize, sampleRate, chunkSeconds, testFraction, splitSeed, skip, cropFile, silenceDb, minNoteCoverage, threads); }

    public PrepareConfig withCropFile(Path file) { return new PrepareConfig(format, imageSize, sampleRate, chunkSeconds, testFraction, splitSeed, skipBad, file, silenceDb, minNoteCoverage, threads); }

    public PrepareConfig withThreads(int n) { return new PrepareConfig(format, imageSize, sampleRate, chunkSeconds, testFraction, splitSeed, skipBad, cropFile, silenceDb, minNoteCoverage, n); }
}

package org.synesthesia.workflows.dataset;

/**
 * Where an experiment's pairs come from and how they are cut. With {@code source} null, a URMP-style
 * dataset is synthesized from {@code preset} and {@code seed}; otherwise {@code source} is a folder
 * in {@code format} (e.g. {@code urmp}). Omitted fields take the defaults of the paper's setup.
 * {@code poses} is how synthesized performers move: {@code played} (the default: as their notes
 * ask) or {@code drawn} (through random poses, independent of the music, and only the instruments
 * whose pictures show a bow or a slide): the pictures a pose regressor learns to read a pose from.
 * {@code posesPreset} is the preset those pictures are synthesized at for the experiment's pose
 * judge ({@link #drawnPoses}), by default {@code preset}. The judge reads the hand better from more
 * pictures (BENCHMARKS.md), and they cost little: only five instruments play.
 */
public record DatasetSpec(String source, String preset, Long seed, String format, Integer imageSize,
                          Integer sampleRate, Double chunkSeconds, Double testFraction, Long splitSeed, String poses, String posesPreset) {
    public DatasetSpec {
        if (poses == null) poses = "played";
        if (preset == null) preset = "tiny";
        if (seed == null) seed = 1L;
        if (format == null) format = "urmp";
        if (imageSize == null) imageSize = 64;
        if (sampleRate == null) sampleRate = 22050;
        if (chunkSeconds == null) chunkSeconds = 0.5;
        if (testFraction == null) testFraction = 0.2;
        if (splitSeed == null) splitSeed = seed;
        if (posesPreset == null) posesPreset = preset;
    }

    /** A synthesized dataset from a preset ({@code tiny}, {@code small}, {@code full}). */
    public static DatasetSpec synthesized(String preset, long seed) {
        return new DatasetSpec(null, preset, seed, null, null, null, null, null, null, null, null);
    }

    /** An existing source folder in the given format. */
    public static DatasetSpec existing(String source, String format) {
        return new DatasetSpec(source, null, null, format, null, null, null, null, null, null, null);
    }

    /**
     * The drawn-pose pictures beside this dataset, for its pose judge: synthesized at
     * {@code posesPreset}, with the same picture size, chunking and split, and another seed, so
     * that no recording's look is shared with the pairs the generators are judged on. A real
     * source has no pose labels, so its judge learns from these too.
     */
    public DatasetSpec drawnPoses() {
        return new DatasetSpec(null, posesPreset, seed + 1, "urmp", imageSize, sampleRate, chunkSeconds, testFraction, splitSeed + 1, "drawn", posesPreset);
    }
}

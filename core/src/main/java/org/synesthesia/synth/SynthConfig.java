package org.synesthesia.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;

/**
 * What the built-in performance generator makes: how much music, at what picture size, from
 * which soundfont. Written into {@code synth.json} beside the dataset.
 *
 * @param preset                 {@code tiny}, {@code small}, {@code medium} or {@code full}; names the plan
 * @param seed                   the seed of every random choice; the same config gives the same files
 * @param width                  video width in pixels (even)
 * @param height                 video height in pixels (even)
 * @param soundfonts             the SF2 soundfonts the notes are played with: piece {@code n} is played
 *                               with soundfont {@code (n - 1) mod count}, so a dataset made with several
 *                               holds each instrument recorded several ways
 * @param secondsPerInstrument   music each instrument plays at least (ignored by {@code tiny})
 * @param minPieceSeconds        shortest target length of a piece
 * @param maxPieceSeconds        longest target length of a piece
 * @param threads                pieces made at once (does not change the files)
 * @param poses                  how the performers move ({@link Poses}); absent in older {@code synth.json}
 *                               files, which were all {@link Poses#PLAYED}
 * @param instruments            the instruments that play, in URMP's order; absent in older
 *                               {@code synth.json} files, which had all 13. A pose regressor's
 *                               pictures need only the five that show a bow or a slide
 */
public record SynthConfig(String preset, long seed, int width, int height, List<Path> soundfonts,
                          double secondsPerInstrument, double minPieceSeconds, double maxPieceSeconds, int threads,
                          Poses poses, List<Instrument> instruments) {

    /**
     * How the performers move. {@code PLAYED}: as the notes they play ask ({@link PoseTrack}), the
     * dataset for everything. {@code DRAWN}: through poses drawn at random, independent of the music
     * ({@link DrawnPoses}): training pictures for a pose regressor, in which neither the sound nor a
     * recording's look tells the pose, so the regressor must read it off the picture.
     */
    public enum Poses {
        PLAYED, DRAWN;

        /** The poses named {@code played} or {@code drawn}, or empty for any other name. */
        public static java.util.Optional<Poses> named(String name) {
            return java.util.Arrays.stream(values()).filter(p -> p.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
        }
    }

    /** The named presets, smallest first. */
    public static final List<String> PRESETS = List.of("tiny", "small", "medium", "large", "xlarge", "full");

    /** The soundfont to train on: Debian's FluidR3 GM. */
    public static final Path FLUID_R3 = Path.of("/usr/share/sounds/sf2/FluidR3_GM.sf2");

    public SynthConfig {
        if (soundfonts.isEmpty()) throw new BadInputException("give at least one soundfont");
        soundfonts = soundfonts.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        if (!PRESETS.contains(preset)) {
            throw new BadInputException("preset '" + preset + "' is unknown; use " + String.join(", ", PRESETS));
        }
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new BadInputException("video size " + width + "x" + height + " is not usable; give an even width and height of at least 16");
        }
        if (!(minPieceSeconds > 0) || maxPieceSeconds < minPieceSeconds || secondsPerInstrument < 0) {
            throw new BadInputException("piece lengths " + minPieceSeconds + ".." + maxPieceSeconds + " s and " + secondsPerInstrument + " s per instrument are not usable");
        }
        if (threads < 1) throw new BadInputException("threads must be at least 1, got " + threads);
        if (poses == null) poses = Poses.PLAYED;
        instruments = instruments == null || instruments.isEmpty() ? List.of(Instrument.values())
                : instruments.stream().distinct().sorted().toList();
    }

    /**
     * A named preset: {@code tiny} (every instrument solo for a few seconds, one duet and one
     * trio, 320x180; for tests), {@code small} (about a minute per instrument), {@code medium}
     * (five minutes per instrument in pieces of 1.5-3 s: the benchmark set), {@code large} (ten
     * minutes per instrument in pieces of 1.5-3 s), {@code xlarge} (twenty, likewise) or {@code full} (at
     * least 20 minutes per instrument in pieces of 4-16 s), all but tiny at 640x360.
     */
    public static SynthConfig preset(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> new SynthConfig("tiny", seed, 320, 180, List.of(FLUID_R3), 0, 2.5, 2.5, 2, Poses.PLAYED, null);
            // many short pieces: each recording has its own room, player and framing, and a model
            // must see many of them per instrument to learn the instrument rather than the room
            case "small" -> new SynthConfig("small", seed, 640, 360, List.of(FLUID_R3), 60, 4, 8, 2, Poses.PLAYED, null);
            // the benchmark set for the classifiers and GANs: some 250 recordings per instrument, because
            // a model that sees few recordings learns their rooms and players instead of the instruments
            case "medium" -> new SynthConfig("medium", seed, 640, 360, List.of(FLUID_R3), 300, 1.5, 3, 2, Poses.PLAYED, null);
            // twice medium's recordings: the image judge fitted medium's train split (0.999) and
            // missed 3% of its test split, where the recordings were new
            case "large" -> new SynthConfig("large", seed, 640, 360, List.of(FLUID_R3), 600, 1.5, 3, 2, Poses.PLAYED, null);
            // twice large's: the width-8 CQT encoder gained 2 points from medium to large (0.927 to
            // 0.946 over two seeds) and stopped under the 0.95 bar, with its errors seed noise
            case "xlarge" -> new SynthConfig("xlarge", seed, 640, 360, List.of(FLUID_R3), 1200, 1.5, 3, 2, Poses.PLAYED, null);
            case "full" -> new SynthConfig("full", seed, 640, 360, List.of(FLUID_R3), 1200, 4, 16, 2, Poses.PLAYED, null);
            default -> throw new BadInputException("preset '" + name + "' is unknown; use " + String.join(", ", PRESETS));
        };
    }

    public SynthConfig withSize(int width, int height) {
        return new SynthConfig(preset, seed, width, height, soundfonts, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads, poses, instruments);
    }

    public SynthConfig withSoundfonts(List<Path> soundfonts) {
        return new SynthConfig(preset, seed, width, height, soundfonts, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads, poses, instruments);
    }

    public SynthConfig withThreads(int threads) {
        return new SynthConfig(preset, seed, width, height, soundfonts, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads, poses, instruments);
    }

    public SynthConfig withPoses(Poses poses) {
        return new SynthConfig(preset, seed, width, height, soundfonts, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads, poses, instruments);
    }

    public SynthConfig withInstruments(List<Instrument> instruments) {
        return new SynthConfig(preset, seed, width, height, soundfonts, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads, poses, instruments);
    }

    /** The soundfont piece number {@code piece} (from 1) is played with. */
    public Path soundfontOf(int piece) { return soundfonts.get((piece - 1) % soundfonts.size()); }

    /** Whether {@code other} makes the same files (threads aside). */
    public boolean sameOutput(SynthConfig other) {
        return withThreads(1).equals(other.withThreads(1));
    }
}

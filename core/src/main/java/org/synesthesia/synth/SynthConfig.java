package org.synesthesia.synth;

import java.nio.file.Path;
import java.util.Locale;
import org.synesthesia.io.BadInputException;

/**
 * What the built-in performance generator makes: how much music, at what picture size, from
 * which soundfont. Written into {@code synth.json} beside the dataset.
 *
 * @param preset                 {@code tiny}, {@code small} or {@code full}; names the plan
 * @param seed                   the seed of every random choice; the same config gives the same files
 * @param width                  video width in pixels (even)
 * @param height                 video height in pixels (even)
 * @param soundfont              the SF2 soundfont the notes are played with
 * @param secondsPerInstrument   music each instrument plays at least (ignored by {@code tiny})
 * @param minPieceSeconds        shortest target length of a piece
 * @param maxPieceSeconds        longest target length of a piece
 * @param threads                pieces made at once (does not change the files)
 */
public record SynthConfig(String preset, long seed, int width, int height, Path soundfont,
                          double secondsPerInstrument, double minPieceSeconds, double maxPieceSeconds, int threads) {

    /** The soundfont to train on: Debian's FluidR3 GM. */
    public static final Path FLUID_R3 = Path.of("/usr/share/sounds/sf2/FluidR3_GM.sf2");

    public SynthConfig {
        soundfont = soundfont.toAbsolutePath().normalize();
        if (!(preset.equals("tiny") || preset.equals("small") || preset.equals("full"))) {
            throw new BadInputException("preset '" + preset + "' is unknown; use tiny, small or full");
        }
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new BadInputException("video size " + width + "x" + height + " is not usable; give an even width and height of at least 16");
        }
        if (!(minPieceSeconds > 0) || maxPieceSeconds < minPieceSeconds || secondsPerInstrument < 0) {
            throw new BadInputException("piece lengths " + minPieceSeconds + ".." + maxPieceSeconds + " s and " + secondsPerInstrument + " s per instrument are not usable");
        }
        if (threads < 1) throw new BadInputException("threads must be at least 1, got " + threads);
    }

    /**
     * A named preset: {@code tiny} (every instrument solo for a few seconds, one duet and one
     * trio, 320x180; for tests), {@code small} (about a minute per instrument) or {@code full}
     * (at least 20 minutes per instrument, the benchmark set), both at 640x360.
     */
    public static SynthConfig preset(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> new SynthConfig("tiny", seed, 320, 180, FLUID_R3, 0, 2.5, 2.5, 2);
            // many short pieces: each recording has its own room, player and framing, and a model
            // must see many of them per instrument to learn the instrument rather than the room
            case "small" -> new SynthConfig("small", seed, 640, 360, FLUID_R3, 60, 4, 8, 2);
            case "full" -> new SynthConfig("full", seed, 640, 360, FLUID_R3, 1200, 10, 40, 2);
            default -> throw new BadInputException("preset '" + name + "' is unknown; use tiny, small or full");
        };
    }

    public SynthConfig withSize(int width, int height) {
        return new SynthConfig(preset, seed, width, height, soundfont, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads);
    }

    public SynthConfig withSoundfont(Path soundfont) {
        return new SynthConfig(preset, seed, width, height, soundfont, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads);
    }

    public SynthConfig withThreads(int threads) {
        return new SynthConfig(preset, seed, width, height, soundfont, secondsPerInstrument, minPieceSeconds, maxPieceSeconds, threads);
    }

    /** Whether {@code other} makes the same files (threads aside). */
    public boolean sameOutput(SynthConfig other) {
        return withThreads(1).equals(other.withThreads(1));
    }
}

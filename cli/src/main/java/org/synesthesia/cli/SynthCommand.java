package org.synesthesia.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.progress.TerminalProgress;
import org.synesthesia.synth.DatasetSynthesizer;
import org.synesthesia.synth.SynthConfig;
import org.synesthesia.synth.SynthReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synesthesia data synth OUT}: writes a synthesized dataset in URMP's layout. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Synthesize performances (sound from an SF2 soundfont, video of the drawn players) in URMP's folder layout.")
public final class SynthCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "Dataset folder; a killed run resumes here.")
    Path out;

    @Option(names = "--preset", defaultValue = "small", description = "tiny (seconds, for tests), small (~1 min per instrument), medium (5 min in short pieces), large (10 min in short pieces), xlarge (20 min in short pieces) or full (>= 20 min per instrument). Default: ${DEFAULT-VALUE}.")
    String preset;

    @Option(names = "--seed", defaultValue = "1", description = "Seed; the same seed gives the same files. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--width", description = "Video width in pixels (default: the preset's, 640 for small and full).")
    Integer width;

    @Option(names = "--height", description = "Video height in pixels (default: the preset's, 360 for small and full).")
    Integer height;

    @Option(names = "--soundfont", description = {"SF2 soundfont (default: /usr/share/sounds/sf2/FluidR3_GM.sf2; use another, e.g. TimGM6mb.sf2, to test generalization).",
            "Give it several times to play the pieces in turn with each: a dataset of instruments recorded several ways."})
    java.util.List<Path> soundfonts;

    @Option(names = "--threads", defaultValue = "2", description = "Pieces made at once. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--poses", defaultValue = "played", description = {"played: the performers move as their notes ask (the dataset for everything).",
            "drawn: they move through poses drawn at random, independent of the music: training pictures for a pose regressor (train classifier --role pose). Default: ${DEFAULT-VALUE}."})
    String poses;

    @Option(names = "--instruments", split = ",", paramLabel = "NAME", description = {"The instruments that play, as URMP codes or names (e.g. vn,va,vc,db,tbn: those whose pictures show a bow or a slide, for a pose regressor's pictures).",
            "Default: all 13."})
    java.util.List<String> instruments;

    @Override
    public Integer call() throws IOException {
        SynthConfig config = SynthConfig.preset(preset, seed);
        if (width != null || height != null) {
            config = config.withSize(width != null ? width : config.width(), height != null ? height : config.height());
        }
        if (soundfonts != null && !soundfonts.isEmpty()) config = config.withSoundfonts(soundfonts);
        config = config.withThreads(threads).withPoses(SynthConfig.Poses.named(poses)
                .orElseThrow(() -> new BadInputException("--poses " + poses + " is unknown; use played or drawn")));
        if (instruments != null) {
            config = config.withInstruments(instruments.stream().map(name -> Instrument.parse(name).orElseThrow(
                    () -> new BadInputException("--instruments: '" + name + "' is not an instrument; use URMP codes such as vn, va, vc, db, tbn"))).toList());
        }
        SynthReport report = DatasetSynthesizer.synthesize(config, out, new TerminalProgress(System.err, "s of recording"));
        System.out.println(Json.write(report));
        System.err.printf(Locale.ROOT, "synth: %d pieces (%d made), %.0f s of recording made in %.1f s: %.1fx real time%n",
                report.pieces(), report.piecesMade(), report.recordingSecondsMade(), report.wallSeconds(), report.timesRealTime());
        return 0;
    }
}

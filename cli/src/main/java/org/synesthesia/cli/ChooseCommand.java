package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.eval.Judges;
import org.synesthesia.eval.ReleaseChoice;
import org.synesthesia.progress.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synesthesia choose RUN --judges DIR}: makes the best of a GAN run's kept checkpoints its release. */
@Command(name = "choose", mixinStandardHelpOptions = true,
        description = {"Choose a GAN run's release among the weights its checkpoints keep (the mean of the averaged checkpoints, and the EMA at each):",
                "the judge names the instruments of each one's samples from conditions of the run's training split, and the one it names",
                "right most often becomes RUN/generator.zip. Every score goes to RUN/choice.json. The test split is not read."})
public final class ChooseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "A GAN run folder with its checkpoint/ folder.")
    Path run;

    @Option(names = "--judges", required = true, paramLabel = "DIR",
            description = "Folder with the judges' runs, as evaluate takes it (S2I needs image/, I2S audio/).")
    Path judges;

    @Option(names = "--conditions", defaultValue = "" + ReleaseChoice.CONDITIONS,
            description = "Training pairs whose conditions are scored; 0 for all (default ${DEFAULT-VALUE}).")
    int conditions;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the subset and the noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        var choice = ReleaseChoice.choose(run, Judges.in(judges), conditions, seed, new TerminalProgress(System.err, "pairs"));
        for (var s : choice.scores()) {
            System.out.printf(Locale.ROOT, "%-24s %.4f%s%n", s.candidate(), s.accuracy(), s.candidate().equals(choice.chosen()) ? "  <- release" : "");
        }
        System.out.println(run.resolve(ReleaseChoice.FILE));
        return 0;
    }
}

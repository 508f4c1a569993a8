package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.synesthesia.report.Report;
import org.synesthesia.report.ReportRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synesthesia report RUN... --out DIR}: one self-contained page and metrics.json for runs side by side. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a report of one or more runs: index.html (self-contained, works offline) and metrics.json.",
                "Several runs side by side give the paper-style comparison (lms, cqt, wave; S2I and I2S)."})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run folders (classifier runs, GAN runs, evaluated runs), or a folder of them.")
    List<Path> runs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write index.html and metrics.json into.")
    Path out;

    @Option(names = "--title", defaultValue = "synesthesia report", description = "The page title (default: ${DEFAULT-VALUE}).")
    String title;

    @Override
    public Integer call() throws Exception {
        List<ReportRun> read = Report.write(runs, out, title);
        for (ReportRun r : read) {
            for (String note : r.notes()) System.err.println("synesthesia: " + r.name() + ": " + note);
        }
        System.out.println(out.resolve(Report.PAGE));
        return 0;
    }
}

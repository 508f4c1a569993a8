package org.synesthesia.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.EvaluationRecords;
import org.synesthesia.eval.EvaluationSettings;
import org.synesthesia.eval.GanEvaluation;
import org.synesthesia.eval.Judges;
import org.synesthesia.gan.ConditionalGenerator;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.MetricResult;
import org.synesthesia.metrics.RunMetrics;
import org.synesthesia.progress.TerminalProgress;
import org.synesthesia.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code synesthesia evaluate RUN --judges DIR --data PAIRS}: judges a GAN run on the test split, records it and reports it. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a GAN run on a pair store's test split: generate from its release (the EMA G, or the mean of its checkpoints), run the judges,",
                "and write the metrics (instrument accuracy, Frechet distance, KID, pose error, retrieval, diversity)",
                "to RUN/metrics.json with examples under RUN/eval/."})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "A GAN run folder (it holds gan.json and generator.zip).")
    Path run;

    @Option(names = "--judges", required = true, paramLabel = "DIR",
            description = "Folder with the judges' runs: audio/, image/ and pose/ (or judge-audio/, judge-image/, judge-pose/, as an experiment's folder holds them).")
    Path judges;

    @Option(names = "--data", required = true, paramLabel = "PAIRS", description = "The pair store whose test split is judged.")
    Path data;

    @Option(names = "--samples-per-condition", defaultValue = "2", description = "Generated samples per held-out pair (default ${DEFAULT-VALUE}).")
    int samplesPerCondition;

    @Option(names = "--max-conditions", defaultValue = "0", description = "Held-out pairs used at most; 0 for all (default ${DEFAULT-VALUE}).")
    int maxConditions;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of noise, subsets and resampling (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--examples", defaultValue = "4", description = "Examples written per instrument (default ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--truncation", paramLabel = "T", description = "Draw the generator's noise from a normal truncated at T (0: untruncated). Default: the run's own (gan.json).")
    Double truncation;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Also record the metrics and predictions in this PostgreSQL database.")
    String db;

    @Option(names = "--db-user", defaultValue = "postgres", description = "Database user (default ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "postgres", description = "Database password (default ${DEFAULT-VALUE}).")
    String dbPassword;

    @Option(names = "--experiment", description = "The experiment id to record under (default: the run folder's name).")
    String experiment;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write a report page of the run and its judges into DIR.")
    Path report;

    @Override
    public Integer call() throws Exception {
        EvaluationSettings settings = new EvaluationSettings(samplesPerCondition, maxConditions, seed, examples, truncation);
        Judges found = Judges.in(judges);
        GanEvaluation.Result result = GanEvaluation.evaluate(run, found, data, settings, new TerminalProgress(System.err, "pairs"));
        for (MetricResult m : result.metrics()) {
            StringBuilder line = new StringBuilder(m.name());
            m.values().forEach((k, v) -> {
                if (!k.matches(".*_top[13]_[a-z]+$")) line.append(String.format(Locale.ROOT, " %s=%.4f", k, v));
            });
            System.out.println(line);
        }
        System.out.println(run.resolve(RunMetrics.FILE));
        if (db != null) {
            String direction = ConditionalGenerator.load(run).release().config().direction().name().toLowerCase(Locale.ROOT);
            String id = experiment != null ? experiment : run.toAbsolutePath().normalize().getFileName().toString();
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("run", run.toAbsolutePath().toString());
            config.put("judges", judges.toAbsolutePath().toString());
            config.put("pairs", data.toAbsolutePath().toString());
            config.put("settings", settings);
            EvaluationRecords.record(Database.at(db, dbUser, dbPassword).migrate(), id, direction, result,
                    run.resolve(RunMetrics.FILE).toAbsolutePath(), Json.write(config), InetAddress.getLocalHost().getHostName());
            System.out.println("recorded as trial " + id + "/evaluation-" + direction + " in " + db);
        }
        if (report != null) {
            List<Path> runs = new ArrayList<>(List.of(run, found.audio(), found.image()));
            if (found.pose() != null) runs.add(found.pose());
            Report.write(runs, report, "synesthesia evaluation of " + run.getFileName());
            System.out.println(report.resolve(Report.PAGE));
        }
        return 0;
    }
}

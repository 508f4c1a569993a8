package org.synesthesia.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.MetricResult;

/** Writes a report folder: {@code index.html} (self-contained) and {@code metrics.json}. */
public final class Report {

    public static final String PAGE = "index.html";
    public static final String METRICS = "metrics.json";

    /** {@code metrics.json}: every run's settings and metric results, as on the page. */
    public record MetricsFile(String title, List<RunMetrics> runs) {}

    /** One run's entry in {@code metrics.json}. */
    public record RunMetrics(String name, String kind, String source, Map<String, String> settings, List<MetricResult> metrics, List<String> notes) {}

    private Report() {}

    /**
     * Reads each run folder (a folder of run folders stands for them all) and writes the report
     * for them into {@code out}.
     */
    public static List<ReportRun> write(List<Path> runFolders, Path out, String title) throws IOException {
        List<ReportRun> runs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path folder : RunFolderReader.expand(runFolders)) {
            runs.add(RunFolderReader.read(folder));
            sources.add(folder.toAbsolutePath().normalize().toString());
        }
        write(runs, sources, out, title);
        return runs;
    }

    public static void write(List<ReportRun> runs, List<String> sources, Path out, String title) throws IOException {
        Files.createDirectories(out);
        List<RunMetrics> entries = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ReportRun r = runs.get(i);
            entries.add(new RunMetrics(r.name(), r.kind(), i < sources.size() ? sources.get(i) : null,
                    new java.util.TreeMap<>(r.settings()), r.metrics(), r.notes()));
        }
        Json.writeFile(out.resolve(METRICS), new MetricsFile(title, entries));
        AtomicFiles.writeString(out.resolve(PAGE), ReportPage.html(title, runs, sources));
    }

}

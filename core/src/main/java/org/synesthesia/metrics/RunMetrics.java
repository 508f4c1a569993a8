package org.synesthesia.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;

/**
 * A run's {@code metrics.json}: the evaluation's {@link MetricResult}s as one JSON array beside the
 * run, written atomically so that a report never reads half an evaluation.
 */
public final class RunMetrics {

    public static final String FILE = "metrics.json";

    private RunMetrics() {}

    public static void write(Path run, List<MetricResult> results) throws IOException {
        Json.writeFile(run.resolve(FILE), results);
    }

    /** The results in {@code run/metrics.json}; a malformed file is bad input that names it. */
    public static List<MetricResult> read(Path run) throws IOException {
        return readFile(run.resolve(FILE));
    }

    public static List<MetricResult> readFile(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + " is not valid JSON (" + e.getOriginalMessage() + "): rerun the evaluation to rewrite it", e);
        }
        JsonNode list = root != null && root.isArray() ? root : root == null ? null : root.path("metrics");
        if (list == null || !list.isArray()) throw new BadInputException(file + " holds no array of metric results: rerun the evaluation to rewrite it");
        List<MetricResult> out = new ArrayList<>();
        for (JsonNode m : list) {
            try {
                MetricResult r = Json.MAPPER.treeToValue(m, MetricResult.class);
                if (r.name() == null || r.values() == null || r.settings() == null) throw new BadInputException(file + " holds a metric result without name, values or settings: rerun the evaluation to rewrite it");
                out.add(r);
            } catch (JsonProcessingException | NullPointerException e) {
                throw new BadInputException(file + " holds a malformed metric result: rerun the evaluation to rewrite it", e);
            }
        }
        return out;
    }
}

package org.synesthesia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.synesthesia.io.Json;

/** The repository's Grafana dashboards (grafana/dashboards/*.json), read as Grafana reads them. */
final class Dashboards {
    /** The provisioned Prometheus datasource's uid, which every panel and variable refers to. */
    static final String DATASOURCE_UID = "prometheus";
    /** Variables Grafana defines itself. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");
    /** Metric names in PromQL: our families, the JVM's and process's, and Temporal's SDK metrics. */
    static final Pattern METRIC = Pattern.compile("\\b((?:synesthesia|temporal|jvm|process|system)_[a-z0-9_]+)\\b");

    /** One PromQL query of one panel. */
    record Query(String dashboard, int panelId, String panelTitle, String refId, String expr) {
        @Override public String toString() { return dashboard + " / " + panelTitle + " (" + refId + "): " + expr; }
    }

    private Dashboards() {}

    static Path root() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) root = root.getParent();
        return root;
    }

    /** Every dashboard file, by file name. */
    static Map<String, JsonNode> read() throws IOException {
        Map<String, JsonNode> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(root().resolve("grafana/dashboards"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList())
                all.put(f.getFileName().toString(), Json.MAPPER.readTree(Files.readString(f)));
        }
        return all;
    }

    /** Panels, with the panels of collapsed rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : dashboard.path("panels")) {
            out.add(p);
            for (JsonNode inner : p.path("panels")) out.add(inner);
        }
        return out;
    }

    static List<Query> queries(String file, JsonNode dashboard) {
        List<Query> out = new ArrayList<>();
        for (JsonNode p : panels(dashboard))
            for (JsonNode t : p.path("targets"))
                out.add(new Query(file, p.path("id").asInt(), p.path("title").asText(), t.path("refId").asText(), t.path("expr").asText()));
        return out;
    }

    /** The variable names an expression uses. */
    static List<String> variables(String expr) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(expr);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** The metric names an expression reads. */
    static List<String> metrics(String expr) {
        List<String> names = new ArrayList<>();
        Matcher m = METRIC.matcher(expr);
        while (m.find()) names.add(m.group(1));
        return names;
    }
}

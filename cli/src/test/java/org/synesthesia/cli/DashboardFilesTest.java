package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The dashboards hold what Grafana needs to provision them: a fixed uid (at most 40 characters,
 * unique), a title, panels with unique ids, a grid position and PromQL targets, every datasource
 * reference pointing at the provisioned Prometheus, and template variables that are defined, used
 * and answered by a label_values query. Grafana has no package here, so this is checked statically;
 * {@link DashboardQueriesTest} runs every query against a real Prometheus.
 */
class DashboardFilesTest {
    static Map<String, JsonNode> dashboards;
    static final Set<String> BUILTINS = Set.of("__rate_interval", "__interval", "__range", "__range_s", "__interval_ms");

    @BeforeAll
    static void read() throws IOException { dashboards = Dashboards.read(); }

    @Test
    void theFourDashboardsAreThere() {
        assertEquals(Set.of("sweep-overview.json", "trial-detail.json", "worker-fleet.json", "human-study.json"), dashboards.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProvisionedDatasourceIsTheOneThePanelsName() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(Dashboards.root().resolve("grafana/provisioning/datasources/prometheus.yml")));
        List<Map<String, Object>> sources = (List<Map<String, Object>>) file.get("datasources");
        assertEquals(1, sources.size());
        assertEquals(Dashboards.DATASOURCE_UID, sources.get(0).get("uid"));
        assertEquals("prometheus", sources.get(0).get("type"));
    }

    @Test
    void everyDashboardHasAFixedUniqueUidATitleAndPanels() {
        Set<String> uids = new HashSet<>();
        for (var d : dashboards.entrySet()) {
            JsonNode board = d.getValue();
            String uid = board.path("uid").asText();
            assertTrue(uid.matches("[a-z0-9-]{1,40}"), d.getKey() + ": uid of at most 40 characters: " + uid);
            assertTrue(uids.add(uid), d.getKey() + ": uid is unique: " + uid);
            assertFalse(board.path("title").asText().isBlank(), d.getKey() + ": title");
            assertTrue(board.path("id").isMissingNode() || board.path("id").isNull(), d.getKey() + ": no database id (Grafana assigns it)");
            assertFalse(Dashboards.panels(board).isEmpty(), d.getKey() + ": panels");
        }
    }

    @Test
    void everyPanelHasAnIdAGridPositionAndPromQlTargetsOnTheProvisionedDatasource() {
        for (var d : dashboards.entrySet()) {
            Set<Integer> ids = new HashSet<>();
            for (JsonNode p : Dashboards.panels(d.getValue())) {
                String where = d.getKey() + " / " + p.path("title").asText();
                assertTrue(p.path("id").isInt() && ids.add(p.path("id").asInt()), where + ": unique integer id");
                assertFalse(p.path("title").asText().isBlank(), where + ": title");
                assertFalse(p.path("type").asText().isBlank(), where + ": type");
                JsonNode grid = p.path("gridPos");
                for (String f : List.of("h", "w", "x", "y")) assertTrue(grid.path(f).isInt(), where + ": gridPos." + f);
                assertTrue(grid.path("x").asInt() + grid.path("w").asInt() <= 24, where + ": fits Grafana's 24 columns");
                if (p.path("type").asText().equals("row")) continue;
                assertDatasource(p.path("datasource"), where);
                assertFalse(p.path("targets").isEmpty(), where + ": targets");
                Set<String> refIds = new HashSet<>();
                for (JsonNode t : p.path("targets")) {
                    assertTrue(refIds.add(t.path("refId").asText()) && !t.path("refId").asText().isEmpty(), where + ": unique refId");
                    assertFalse(t.path("expr").asText().isBlank(), where + ": expr");
                    assertDatasource(t.path("datasource"), where + " " + t.path("refId").asText());
                }
            }
        }
    }

    @Test
    void everyVariableIsDefinedUsedAndALabelValuesQuery() {
        for (var d : dashboards.entrySet()) {
            Set<String> defined = new HashSet<>();
            for (JsonNode v : d.getValue().path("templating").path("list")) {
                String name = v.path("name").asText();
                assertTrue(name.matches("\\w+") && defined.add(name), d.getKey() + ": variable name " + name);
                assertEquals("query", v.path("type").asText(), d.getKey() + " $" + name);
                assertDatasource(v.path("datasource"), d.getKey() + " $" + name);
                assertTrue(v.path("query").path("query").asText().matches("label_values\\((\\w+, )?\\w+\\)"), d.getKey() + " $" + name + ": label_values query");
            }
            Set<String> used = new HashSet<>();
            for (Dashboards.Query q : Dashboards.queries(d.getKey(), d.getValue()))
                for (String v : Dashboards.variables(q.expr())) {
                    assertTrue(defined.contains(v) || BUILTINS.contains(v), q + ": $" + v + " is defined");
                    used.add(v);
                }
            Set<String> unused = new HashSet<>(defined);
            unused.removeAll(used);
            assertTrue(unused.isEmpty(), d.getKey() + ": variables no panel uses: " + unused);
        }
    }

    @Test
    void labelsStayBoundedNoPanelGroupsBySampleOrPair() {
        List<String> bad = new ArrayList<>();
        for (var d : dashboards.entrySet())
            for (Dashboards.Query q : Dashboards.queries(d.getKey(), d.getValue()))
                if (q.expr().matches("(?s).*\\b(sample|pair|rater|chunk)\\b.*")) bad.add(q.toString());
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static void assertDatasource(JsonNode ds, String where) {
        assertEquals("prometheus", ds.path("type").asText(), where + ": datasource type");
        assertEquals(Dashboards.DATASOURCE_UID, ds.path("uid").asText(), where + ": datasource uid");
    }
}

package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synesthesia.workflows.TaskQueues;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is checked statically: the services,
 * their ports and pinned images, the volumes, and that the workers' environment is exactly what
 * {@code synesthesia worker} reads and points at the services that exist.
 */
class ComposeFileTest {
    static Path root;
    static Map<String, Object> compose;
    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) root = root.getParent();
        compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> env(String service) {
        Map<String, Object> raw = (Map<String, Object>) services.get(service).get("environment");
        Map<String, String> env = new java.util.TreeMap<>();
        raw.forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(String service, String key) {
        Object v = services.get(service).get(key);
        return v == null ? List.of() : (List<String>) v;
    }

    /** Every SYNESTHESIA_* variable that WorkerCommand's options read. */
    static Set<String> variablesTheWorkerReads() {
        Set<String> names = new TreeSet<>();
        Pattern env = Pattern.compile("\\$\\{env:([A-Z_]+)");
        for (java.lang.reflect.Field f : WorkerCommand.class.getDeclaredFields()) {
            CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
            if (o == null) continue;
            Matcher m = env.matcher(o.defaultValue());
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theClusterHasItsServicesWithPinnedImagesAndPublishedPorts() {
        assertEquals(Set.of("postgresql", "temporal", "temporal-ui", "prometheus", "grafana", "worker-cpu", "worker-gpu"), services.keySet());
        Map<String, String> published = Map.of("postgresql", "5432:5432", "temporal", "7233:7233", "temporal-ui", "8080:8080",
                "prometheus", "9090:9090", "grafana", "3000:3000");
        published.forEach((service, port) -> assertEquals(List.of(port), list(service, "ports"), service));
        for (var e : services.entrySet()) {
            String image = (String) e.getValue().get("image");
            assertNotNull(image, e.getKey() + " has an image");
            assertTrue(image.matches("[a-z0-9./_-]+:[A-Za-z0-9._-]+") && !image.endsWith(":latest"), e.getKey() + " pins its image: " + image);
            for (Object dependency : dependencies(e.getValue()))
                assertTrue(services.containsKey(dependency), e.getKey() + " depends on a service that exists: " + dependency);
        }
        assertTrue(((String) services.get("temporal").get("image")).startsWith("temporalio/auto-setup:"));
        assertTrue(((String) services.get("temporal-ui").get("image")).startsWith("temporalio/ui:"));
        assertEquals("temporal:7233", env("temporal-ui").get("TEMPORAL_ADDRESS"));
        assertEquals("postgresql", env("temporal").get("POSTGRES_SEEDS"));
    }

    @Test
    void everyNamedVolumeIsDeclaredAndTheWorkersShareTheRunsFolder() {
        @SuppressWarnings("unchecked")
        Set<String> declared = ((Map<String, Object>) compose.get("volumes")).keySet();
        Set<String> used = new HashSet<>();
        for (var e : services.entrySet()) {
            for (String v : list(e.getKey(), "volumes")) {
                String source = v.split(":")[0];
                if (source.startsWith(".")) assertTrue(Files.exists(root.resolve(source)), e.getKey() + " mounts a file that exists: " + source);
                else used.add(source);
            }
        }
        assertEquals(declared, used);
        for (String worker : List.of("worker-cpu", "worker-gpu"))
            assertTrue(list(worker, "volumes").contains("runs:" + env(worker).get("SYNESTHESIA_RUNS")), worker + " mounts runs at SYNESTHESIA_RUNS");
    }

    @Test
    void theWorkersEnvironmentIsWhatTheWorkerReadsAndPointsAtTheServices() {
        Set<String> read = variablesTheWorkerReads();
        assertTrue(read.containsAll(Set.of("SYNESTHESIA_TEMPORAL", "SYNESTHESIA_DB_URL", "SYNESTHESIA_QUEUES", "SYNESTHESIA_BACKEND", "SYNESTHESIA_RUNS")), read.toString());
        Map<String, String> db = env("postgresql");
        Set<String> served = new TreeSet<>();
        for (String worker : List.of("worker-cpu", "worker-gpu")) {
            Map<String, String> env = env(worker);
            Set<String> unknown = new TreeSet<>(env.keySet());
            unknown.removeAll(read);
            assertTrue(unknown.isEmpty(), worker + " sets variables the worker never reads: " + unknown);
            assertEquals(List.of("worker"), services.get(worker).get("command"));
            assertEquals("temporal:7233", env.get("SYNESTHESIA_TEMPORAL"));
            assertEquals("jdbc:postgresql://postgresql:5432/" + db.get("POSTGRES_DB"), env.get("SYNESTHESIA_DB_URL"));
            assertEquals(db.get("POSTGRES_USER"), env.get("SYNESTHESIA_DB_USER"));
            assertEquals(db.get("POSTGRES_PASSWORD"), env.get("SYNESTHESIA_DB_PASSWORD"));
            for (String q : env.get("SYNESTHESIA_QUEUES").split(",")) {
                assertTrue(TaskQueues.ALL.contains(q), worker + " serves a known queue: " + q);
                served.add(q);
            }
            // The command line takes the same values (the worker parses them as it would at start-up).
            WorkerCommand parsed = new WorkerCommand();
            new CommandLine(parsed).parseArgs("--queues", env.get("SYNESTHESIA_QUEUES"), "--backend", env.get("SYNESTHESIA_BACKEND"),
                    "--metrics-port", env.get("SYNESTHESIA_METRICS_PORT"));
            assertFalse(parsed.queues.isEmpty());
        }
        assertEquals(new TreeSet<>(TaskQueues.ALL), served, "every queue has a worker");
        assertEquals("cpu", env("worker-cpu").get("SYNESTHESIA_BACKEND"));
        assertEquals("gpu", env("worker-gpu").get("SYNESTHESIA_BACKEND"));
        assertEquals("gpu", env("worker-gpu").get("SYNESTHESIA_QUEUES"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGpuWorkerReservesAnNvidiaDeviceAndIsBuiltWithTheGpuProfile() {
        Map<String, Object> deploy = (Map<String, Object>) services.get("worker-gpu").get("deploy");
        List<Map<String, Object>> devices = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) deploy.get("resources"))
                .get("reservations")).get("devices");
        assertEquals("nvidia", devices.get(0).get("driver"));
        assertEquals(List.of("gpu"), devices.get(0).get("capabilities"));
        assertEquals("gpu", ((Map<String, Object>) ((Map<String, Object>) services.get("worker-gpu").get("build")).get("args")).get("PROFILE"));
        assertFalse(services.get("worker-cpu").containsKey("deploy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryWorkerOnItsMetricsPortAndTheTemporalServer() throws IOException {
        assertTrue(list("prometheus", "volumes").contains("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro"));
        Map<String, Object> prometheus = new Yaml().load(Files.readString(root.resolve("prometheus/prometheus.yml")));
        Map<String, List<String>> targets = new java.util.TreeMap<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) prometheus.get("scrape_configs"))
            for (Map<String, Object> sc : (List<Map<String, Object>>) job.get("static_configs"))
                targets.computeIfAbsent((String) job.get("job_name"), k -> new ArrayList<>()).addAll((List<String>) sc.get("targets"));
        assertEquals(List.of("worker-cpu:" + env("worker-cpu").get("SYNESTHESIA_METRICS_PORT"),
                "worker-gpu:" + env("worker-gpu").get("SYNESTHESIA_METRICS_PORT")), targets.get("synesthesia-workers"));
        for (String worker : List.of("worker-cpu", "worker-gpu"))
            assertEquals("0.0.0.0", env(worker).get("SYNESTHESIA_METRICS_HOST"), worker + " serves metrics beyond its loopback");
        String temporalEndpoint = env("temporal").get("PROMETHEUS_ENDPOINT");
        assertEquals(List.of("temporal:" + temporalEndpoint.substring(temporalEndpoint.lastIndexOf(':') + 1)), targets.get("temporal-server"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaMountsItsProvisioningAndTheDashboardsWhereTheProviderLooks() throws IOException {
        List<String> volumes = list("grafana", "volumes");
        assertTrue(volumes.contains("./grafana/provisioning:/etc/grafana/provisioning:ro"), volumes.toString());
        assertTrue(volumes.contains("./grafana/dashboards:/etc/grafana/dashboards:ro"), volumes.toString());
        Map<String, Object> providers = new Yaml().load(Files.readString(root.resolve("grafana/provisioning/dashboards/synesthesia.yml")));
        Map<String, Object> provider = ((List<Map<String, Object>>) providers.get("providers")).get(0);
        assertEquals("/etc/grafana/dashboards", ((Map<String, Object>) provider.get("options")).get("path"));
        Map<String, Object> datasource = ((List<Map<String, Object>>) ((Map<String, Object>) new Yaml().load(Files.readString(
                root.resolve("grafana/provisioning/datasources/prometheus.yml")))).get("datasources")).get(0);
        assertEquals("http://prometheus:" + list("prometheus", "ports").get(0).split(":")[1], datasource.get("url"));
        String home = env("grafana").get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
        assertTrue(Files.exists(root.resolve("grafana/dashboards").resolve(home.substring("/etc/grafana/dashboards/".length()))), home);
    }

    private static List<Object> dependencies(Map<String, Object> service) {
        Object d = service.get("depends_on");
        if (d == null) return List.of();
        if (d instanceof Map<?, ?> m) return new ArrayList<>(m.keySet());
        return new ArrayList<>((List<?>) d);
    }
}

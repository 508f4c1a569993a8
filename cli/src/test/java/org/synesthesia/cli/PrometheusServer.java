package org.synesthesia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.synesthesia.io.Json;

/** A real Prometheus (Debian's /usr/bin/prometheus) on a loopback port, scraping one target every second. */
final class PrometheusServer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusServer(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts it with its data in {@code dir}, scraping {@code target} (HOST:PORT, path /metrics); waits until it is ready. */
    static PrometheusServer start(Path dir, String target) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: synesthesia-workers
                    static_configs:
                      - targets: ["%s"]
                """.formatted(target));
        int port = Processes.freePort();
        Process p = new ProcessBuilder(BINARY.toString(), "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusServer server = new PrometheusServer(p, "http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            if (!p.isAlive()) throw new IOException("prometheus exited: " + Files.readString(dir.resolve("prometheus.log")));
            try {
                if (server.get("/-/ready").statusCode() == 200) return server;
            } catch (IOException e) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                server.close();
                throw new IOException("prometheus was not ready within 60 s: " + Files.readString(dir.resolve("prometheus.log")));
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GETs an API path with parameters; returns the parsed body whatever the status (errors carry "error"). */
    JsonNode api(String path, String... params) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder(path);
        for (int i = 0; i < params.length; i += 2)
            q.append(i == 0 ? '?' : '&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        return Json.MAPPER.readTree(get(q.toString()).body());
    }

    /** A range query, as Grafana runs a time-series panel. */
    JsonNode queryRange(String expr, Instant start, Instant end, Duration step) throws IOException, InterruptedException {
        return api("/api/v1/query_range", "query", expr, "start", Long.toString(start.getEpochSecond()),
                "end", Long.toString(end.getEpochSecond() + 1), "step", step.toSeconds() + "s");
    }

    /** Completed scrapes of the target so far (Prometheus's own {@code up} samples). */
    int scrapes(Instant since) throws IOException, InterruptedException {
        JsonNode r = api("/api/v1/query", "query", "count_over_time(up[" + Math.max(1, Duration.between(since, Instant.now()).toSeconds()) + "s])");
        JsonNode result = r.path("data").path("result");
        return result.isEmpty() ? 0 : (int) Double.parseDouble(result.get(0).path("value").get(1).asText());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

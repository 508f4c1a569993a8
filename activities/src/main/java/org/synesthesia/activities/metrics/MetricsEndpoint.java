package org.synesthesia.activities.metrics;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Serves a registry's Prometheus text format at {@code /metrics} from the JDK's own HTTP server. */
public final class MetricsEndpoint implements AutoCloseable {
    private final HttpServer server;

    private MetricsEndpoint(HttpServer server) { this.server = server; }

    /**
     * Starts serving on {@code host:port} ({@code port} 0 picks a free one: see {@link #port()}).
     * Local mode binds 127.0.0.1; a worker in a cluster binds 0.0.0.0 so that Prometheus can reach it.
     */
    public static MetricsEndpoint serve(PrometheusMeterRegistry registry, String host, int port) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (java.net.BindException e) {
            throw new IOException("metrics port " + host + ":" + port + " is taken; choose another with --metrics-port (0 turns metrics off)", e);
        }
        server.createContext("/metrics", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        // one scrape at a time is plenty, and keeps the endpoint off the training threads' cores
        server.setExecutor(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-endpoint");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return new MetricsEndpoint(server);
    }

    /** The port it listens on. */
    public int port() { return server.getAddress().getPort(); }

    /** Where Prometheus scrapes it. */
    public String url() { return "http://" + server.getAddress().getHostString() + ":" + port() + "/metrics"; }

    @Override
    public void close() { server.stop(0); }
}

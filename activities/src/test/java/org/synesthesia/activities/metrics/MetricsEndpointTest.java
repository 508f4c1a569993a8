package org.synesthesia.activities.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {
    @Test
    void servesTheRegistryWithTheProcessMetersAndTheWorkerLabelOnLoopback() throws Exception {
        PrometheusMeterRegistry registry = WorkerMeters.prometheus("w1");
        new DataMeters(registry);
        new StudyMeters(registry);
        try (MetricsEndpoint endpoint = MetricsEndpoint.serve(registry, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            for (String family : new String[] {"jvm_memory_used_bytes{", "jvm_threads_live_threads{", "process_cpu_usage{", "process_uptime_seconds{",
                    "synesthesia_data_prepared_seconds_total{worker=\"w1\"} 0", "synesthesia_data_bad_files_total{worker=\"w1\"} 0",
                    "synesthesia_study_answers_total{outcome=\"recorded\",worker=\"w1\"} 0"})
                assertTrue(r.body().contains(family), family + " in\n" + r.body());
            assertTrue(r.body().lines().filter(l -> !l.startsWith("#") && !l.isEmpty()).allMatch(l -> l.contains("worker=\"w1\"")),
                    "every series carries the worker label");
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(endpoint.url())).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void aStudyEvaluationIsPendingUntilItCloses() {
        PrometheusMeterRegistry registry = WorkerMeters.prometheus("w2");
        StudyMeters study = new StudyMeters(registry);
        study.pending("exp/human-panel", 3);
        study.answer(true);
        study.answer(false);
        study.pending("exp/human-panel", 2);
        String s = registry.scrape();
        assertTrue(s.contains("synesthesia_study_pending_items{evaluation=\"exp/human-panel\",worker=\"w2\"} 2"), s);
        assertTrue(s.contains("synesthesia_study_answers_total{outcome=\"dropped\",worker=\"w2\"} 1"), s);
        study.closed("exp/human-panel");
        assertTrue(!registry.scrape().contains("synesthesia_study_pending_items{"), "a closed evaluation waits for nothing");
    }
}

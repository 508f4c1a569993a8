package org.synesthesia.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.MetricRegistry;
import org.synesthesia.nn.Encoding;

class ReportTest {

    @TempDir Path tmp;

    @Test
    void readsWhatARunFolderHolds() throws Exception {
        ReportRun gan = RunFolderReader.read(ToyRuns.s2i(tmp, "lms"));
        assertEquals("gan", gan.kind());
        assertEquals("S2I", gan.settings().get("config.direction"));
        assertEquals(MetricRegistry.names().size(), gan.metrics().size(), "every metric of the registry");
        assertEquals(List.of("d_loss", "g_loss"), gan.curves().stream().map(ReportRun.Curve::name).toList());
        assertEquals(21, gan.curves().get(0).values().length); // the torn last line is skipped
        assertEquals(400, gan.curves().get(0).steps()[20]);
        assertEquals(2, gan.figures().size());
        assertEquals(List.of("violin", "trumpet"), gan.images().stream().map(ReportRun.ImagePair::instrument).toList());
        assertEquals(3, gan.images().get(0).generated().size());
        assertEquals(4, gan.sounds().size());
        assertEquals("judge on generated images", gan.confusions().get(0).title());
        assertEquals(2, gan.confusions().get(0).counts()[12][0]);
        assertTrue(gan.notes().isEmpty(), gan.notes().toString());

        ReportRun judge = RunFolderReader.read(ToyRuns.classifier(tmp, Encoding.CQT));
        assertEquals("classifier", judge.kind());
        assertEquals(1, judge.confusions().size());
        assertEquals(13, judge.confusions().get(0).counts().length);
        assertNotNull(judge.metric("classifier_test"));
        assertEquals("judge", judge.settings().get("role"));

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        ReportRun bare = RunFolderReader.read(empty);
        assertEquals(2, bare.notes().size(), bare.notes().toString());
    }

    @Test
    void writesASelfContainedPageAndTheMetrics() throws Exception {
        Path out = tmp.resolve("report");
        List<Path> runs = List.of(ToyRuns.s2i(tmp, "lms"), ToyRuns.s2i(tmp, "cqt"), ToyRuns.classifier(tmp, Encoding.LMS));
        Report.write(runs, out, "synesthesia report");
        String html = Files.readString(out.resolve(Report.PAGE));
        assertTrue(html.contains("id=\"comparison-table\""));
        assertTrue(html.contains(">s2i-lms</a>") && html.contains(">s2i-cqt</a>") && html.contains(">judge-lms</a>"));
        assertTrue(html.contains("S2I from lms"));
        assertTrue(html.contains("<audio controls"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertTrue(html.contains("<svg class=\"confusion\""));
        assertTrue(html.contains("<svg class=\"curve\""));
        assertTrue(html.contains("Encoder acc."), "the encoder's own accuracy stands beside the generated one");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "the page must not load anything from outside");
        JsonNode metrics = Json.MAPPER.readTree(out.resolve(Report.METRICS).toFile());
        assertEquals(3, metrics.path("runs").size());
        JsonNode fd = null;
        for (JsonNode m : metrics.path("runs").get(0).path("metrics")) if (m.path("name").asText().equals("frechet_distance")) fd = m;
        assertNotNull(fd, "the FD of the first run is in the page's metrics");
        assertEquals("judge-image", fd.path("settings").path("extractor").asText());
        assertEquals("130", fd.path("settings").path("generated_count").asText());
        assertTrue(fd.path("values").path("fd").asDouble() > 0);
    }

    @Test
    void aMissingFolderIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> RunFolderReader.read(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void metricResultsRoundTripThroughJsonIncludingNaN() throws Exception {
        Path run = ToyRuns.s2i(tmp, "wave");
        List<org.synesthesia.metrics.MetricResult> back = RunFolderReader.readMetrics(run.resolve("metrics.json"));
        assertEquals(ToyRuns.metrics("wave".hashCode()), back);
    }

    @Test
    void aMalformedMetricsFileIsBadInputNamingIt() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(run.resolve("metrics.json"), "{\"metrics\": 3}");
        BadInputException e = assertThrows(BadInputException.class, () -> RunFolderReader.read(run));
        assertTrue(e.getMessage().contains("metrics.json"), e.getMessage());
        Files.writeString(run.resolve("metrics.json"), "[{\"name\": \"fd\"");
        assertThrows(BadInputException.class, () -> RunFolderReader.read(run));
    }

    @Test
    void aFolderOfRunsStandsForTheRunsInside() throws Exception {
        Path runs = Files.createDirectories(tmp.resolve("runs"));
        Path a = ToyRuns.s2i(runs, "lms");
        Path b = ToyRuns.classifier(runs, Encoding.LMS);
        Files.createDirectories(runs.resolve("not-a-run"));
        assertEquals(List.of(b, a), RunFolderReader.expand(List.of(runs)));
        assertEquals(List.of(a), RunFolderReader.expand(List.of(a)));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(List.of(empty), RunFolderReader.expand(List.of(empty)));
    }

    @Test
    void theSameRunsGiveTheSameFiles() throws Exception {
        List<Path> runs = List.of(ToyRuns.s2i(tmp, "lms"), ToyRuns.classifier(tmp, Encoding.LMS));
        Report.write(runs, tmp.resolve("r1"), "t");
        Report.write(runs, tmp.resolve("r2"), "t");
        for (String f : List.of(Report.PAGE, Report.METRICS)) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("r1").resolve(f), tmp.resolve("r2").resolve(f)), f);
        }
    }
}

package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.nn.Encoding;
import org.synesthesia.report.ToyRuns;

class ReportCommandTest {

    @TempDir Path tmp;

    @Test
    void writesThePageAndMetricsForSeveralRuns() throws Exception {
        Path a = ToyRuns.s2i(tmp, "lms");
        Path b = ToyRuns.classifier(tmp, Encoding.WAVE);
        Path out = tmp.resolve("report");
        assertEquals(0, Main.execute("report", a.toString(), b.toString(), "--out", out.toString(), "--title", "two runs"));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<title>two runs</title>"));
        assertTrue(html.contains(">s2i-lms</a>") && html.contains(">judge-wave</a>"));
        assertTrue(Files.size(out.resolve("metrics.json")) > 100);
    }

    @Test
    void aMissingRunFolderIsAUserError() {
        assertEquals(2, Main.execute("report", tmp.resolve("absent").toString(), "--out", tmp.resolve("r").toString()));
        assertTrue(Files.notExists(tmp.resolve("r").resolve("index.html")));
    }
}

package org.synesthesia.progress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void stagesReportedInTurnKeepTheirOwnClock() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "steps");
        p.update("train s2i", 0, 100);
        p.update("train i2s", 0, 100);
        Thread.sleep(50);
        p.update("train i2s", 50, 100);
        p.update("train s2i", 100, 100); // two trainings in parallel, as the platform runs them
        String out = bytes.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("train s2i: 100/100 steps \\(100%\\), ([0-9.]+) steps/s").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Double.parseDouble(m.group(1)) < 100 / 0.04, "rate since the stage began, not since the last switch: " + out);
    }

    @Test
    void aStageFirstSeenPartWayThroughHasNoRateUntilItMoves() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "steps");
        p.update("train lms encoder", 1, 1400); // a resumed run, or the first step's report
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("1/1400 steps (0%), ? steps/s, ETA ?"), out);
    }

    @Test
    void aStageCountsInItsOwnUnit() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "steps").unit("embed", "pairs");
        p.update("embed cqt", 3618, 3618);
        p.update("train s2i", 1, 10);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("embed cqt: 3618/3618 pairs") && out.contains("train s2i: 1/10 steps"), out);
    }
}

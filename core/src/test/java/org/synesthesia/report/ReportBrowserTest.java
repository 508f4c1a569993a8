package org.synesthesia.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.nn.Encoding;

/**
 * Renders the report in headless Chromium (Debian's {@code /usr/bin/chromium}) at desktop and phone
 * widths: the DOM must hold the comparison table, and the screenshots (kept in
 * {@code target/report-browser/} for a person to look at) must not be blank.
 */
class ReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir Path tmp;

    @Test
    void pageRendersInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: install Debian's chromium to run the browser test");
        Path out = Path.of("target", "report-browser").toAbsolutePath();
        List<Path> runs = List.of(ToyRuns.s2i(tmp, "lms"), ToyRuns.s2i(tmp, "cqt"), ToyRuns.classifier(tmp, Encoding.IMAGE));
        Report.write(runs, out, "synesthesia report (browser test)");
        String url = out.resolve(Report.PAGE).toUri().toString();

        String dom = chromium(List.of("--dump-dom", url));
        assertTrue(dom.contains("id=\"comparison-table\""), "the rendered DOM has no comparison table");
        assertEquals(3, count(dom, "<a href=\"#run-"), "one comparison row per run");

        for (String[] size : new String[][] {{"desktop", "1200,2400"}, {"phone", "390,2400"}}) {
            Path png = out.resolve("screenshot-" + size[0] + ".png");
            Files.deleteIfExists(png);
            chromium(List.of("--screenshot=" + png, "--window-size=" + size[1], "--hide-scrollbars", url));
            BufferedImage shot = ImageIO.read(png.toFile());
            assertTrue(shot != null && shot.getWidth() > 300, "no screenshot at " + size[0] + " width");
            assertTrue(distinctColours(shot) > 50, "the " + size[0] + " screenshot is blank");
        }
    }

    private String chromium(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium")));
        cmd.addAll(args);
        Path log = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 60 s");
        }
        return stdout;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}

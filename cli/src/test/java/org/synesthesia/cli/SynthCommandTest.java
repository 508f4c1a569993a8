package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    @TempDir Path dir;

    @Test
    void missingSoundfontIsOneLineNamingItAndExitsNonZero() {
        Path missing = dir.resolve("Gone.sf2");
        String text = refused(dir.resolve("set"), "--preset", "tiny", "--soundfont", missing.toString());
        assertTrue(text.startsWith("synesthesia: " + missing), text);
    }

    @Test
    void unknownPresetIsRefused() {
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(2, Main.execute("data", "synth", dir.resolve("x").toString(), "--preset", "huge"));
        } finally {
            System.setErr(oldErr);
        }
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void unknownPosesAreOneLineNamingTheChoices() {
        String text = refused(dir.resolve("y"), "--preset", "tiny", "--poses", "sideways");
        assertTrue(text.contains("--poses sideways") && text.contains("played or drawn"), text);
    }

    @Test
    void unknownInstrumentIsOneLineNamingIt() {
        String text = refused(dir.resolve("z"), "--preset", "tiny", "--instruments", "vn,kazoo");
        assertTrue(text.contains("'kazoo' is not an instrument"), text);
    }

    /** Runs {@code data synth OUT options...}, which must exit 2 with one line on stderr and write nothing; returns that line. */
    private static String refused(Path out, String... options) {
        String[] args = new String[3 + options.length];
        args[0] = "data";
        args[1] = "synth";
        args[2] = out.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.setErr(oldErr);
        }
        String text = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(2, code, text);
        assertEquals(1, text.lines().count(), text);
        assertFalse(Files.exists(out));
        return text;
    }
}

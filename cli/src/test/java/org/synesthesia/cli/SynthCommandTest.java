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
        Path out = dir.resolve("set");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute("data", "synth", out.toString(), "--preset", "tiny", "--soundfont", missing.toString());
        } finally {
            System.setErr(oldErr);
        }
        String text = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(2, code);
        assertTrue(text.startsWith("synesthesia: " + missing), text);
        assertEquals(1, text.lines().count(), text);
        assertFalse(Files.exists(out));
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
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute("data", "synth", dir.resolve("y").toString(), "--preset", "tiny", "--poses", "sideways");
        } finally {
            System.setErr(oldErr);
        }
        String text = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(2, code);
        assertTrue(text.contains("--poses sideways") && text.contains("played or drawn"), text);
        assertEquals(1, text.lines().count(), text);
        assertFalse(Files.exists(dir.resolve("y")));
    }

    @Test
    void unknownInstrumentIsOneLineNamingIt() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute("data", "synth", dir.resolve("z").toString(), "--preset", "tiny", "--instruments", "vn,kazoo");
        } finally {
            System.setErr(oldErr);
        }
        String text = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(2, code);
        assertTrue(text.contains("'kazoo' is not an instrument"), text);
        assertEquals(1, text.lines().count(), text);
        assertFalse(Files.exists(dir.resolve("z")));
    }
}

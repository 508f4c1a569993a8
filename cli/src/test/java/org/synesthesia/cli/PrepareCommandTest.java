package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareCommandTest {

    @TempDir Path dir;

    @Test
    void badInputExitsTwoWithOneLineNamingTheFile() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            Path missing = dir.resolve("no-such-dataset");
            assertEquals(2, Main.execute("data", "prepare", "urmp", missing.toString(), dir.resolve("out").toString()));
            String text = captured.toString();
            assertTrue(text.contains("no-such-dataset"), text);
            assertEquals(1, text.strip().lines().count(), text);
            assertEquals(2, Main.execute("data", "prepare", "mp3", dir.toString(), dir.resolve("out").toString()), "unknown format");
        } finally {
            System.setErr(err);
        }
    }
}

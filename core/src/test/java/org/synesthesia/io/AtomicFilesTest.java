package org.synesthesia.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemp(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.json");
        AtomicFiles.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void writtenFilesAreReadableByOthersAsTheUmaskAllows(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("report.html");
        AtomicFiles.writeString(f, "<html>");
        assertTrue(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OTHERS_READ)
                || Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))).equals(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFolderAppearsOnlyWhenComplete(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("store");
        assertThrows(IOException.class, () -> AtomicFiles.writeFolder(target, tmp -> {
            Files.writeString(tmp.resolve("x"), "1");
            throw new IOException("killed");
        }));
        assertFalse(Files.exists(target));
        AtomicFiles.writeFolder(target, tmp -> assertTrue(Files.exists(tmp.resolve("x")), "resumes from the partial folder"));
        assertTrue(Files.exists(target.resolve("x")));
        assertFalse(Files.exists(AtomicFiles.partialOf(target)));
    }
}

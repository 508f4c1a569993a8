package org.synesthesia.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Writes files and folders so that a reader sees either nothing or the whole result. */
public final class AtomicFiles {

    /** Writes a file's content through a consumer. */
    @FunctionalInterface
    public interface Writer { void write(OutputStream out) throws IOException; }

    /** Writes a folder's content into a fresh folder. */
    @FunctionalInterface
    public interface FolderWriter { void write(Path folder) throws IOException; }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /** Writes {@code target} through a temp file beside it, then renames it into place. */
    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its 0600 mode would survive the rename; this file gets the umask's
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.write(out);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Renames {@code from} onto {@code to}, atomically where the file system allows. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Builds a folder in {@code <target>.partial} and renames it to {@code target} once the writer
     * returns. A leftover partial folder from a killed run is handed to the writer again, so that
     * writers may resume from what it holds; on failure it is kept for that purpose.
     */
    public static void writeFolder(Path target, FolderWriter writer) throws IOException {
        Path partial = partialOf(target);
        Files.createDirectories(partial);
        writer.write(partial);
        if (Files.exists(target)) deleteTree(target);
        move(partial, target);
    }

    /** The working folder that {@link #writeFolder} uses for {@code target}. */
    public static Path partialOf(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".partial");
    }

    /** Deletes a file or a folder tree; nothing happens if it is absent. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

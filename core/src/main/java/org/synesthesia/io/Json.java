package org.synesthesia.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The one JSON mapper for configs, manifests and records: records in, readable JSON out. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndRegisterModules();

    private Json() {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON for " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Writes {@code value} to {@code file} atomically. */
    public static void writeFile(Path file, Object value) throws IOException {
        AtomicFiles.writeString(file, write(value) + "\n");
    }

    /** Reads {@code file}; a missing or malformed file gets a message that names it. */
    public static <T> T readFile(Path file, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(Files.readAllBytes(file), type);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file + ": not found");
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON for " + type.getSimpleName() + " (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

package org.synesthesia.activities.training;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synesthesia.io.Json;

/**
 * {@code RUN/train.jsonl}: one JSON object per logged step ({@code step} and the series), which the
 * report draws as curves. Appended line by line; the report skips a line torn by a kill.
 */
final class TrainLog {
    static final String FILE = "train.jsonl";

    /** The shared mapper indents; a JSON Lines file needs each object on one line. */
    private static final ObjectWriter ONE_LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    TrainLog(Path run) { this.file = run.resolve(FILE); }

    void append(long step, Map<String, Double> values) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", step);
        values.forEach((k, v) -> { if (v != null && Double.isFinite(v)) line.put(k, v); });
        try {
            Files.writeString(file, ONE_LINE.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

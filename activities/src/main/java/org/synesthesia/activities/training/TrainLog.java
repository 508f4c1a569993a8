package org.synesthesia.activities.training;

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

    private final Path file;

    TrainLog(Path run) { this.file = run.resolve(FILE); }

    void append(long step, Map<String, Double> values) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", step);
        values.forEach((k, v) -> { if (v != null && Double.isFinite(v)) line.put(k, v); });
        try {
            Files.writeString(file, Json.MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

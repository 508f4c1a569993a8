package org.synesthesia.activities.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named queries of a queries file: each starts at a "-- name:" line and runs to the next. */
final class SweepQueries {
    private SweepQueries() {}

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("-- name:")) {
                if (name != null) out.put(name, sql.toString().trim());
                name = line.substring("-- name:".length()).trim();
                sql.setLength(0);
            } else if (name != null && !line.startsWith("--")) sql.append(line).append('\n');
        }
        if (name != null) out.put(name, sql.toString().trim());
        out.replaceAll((k, v) -> v.endsWith(";") ? v.substring(0, v.length() - 1) : v);
        return out;
    }
}

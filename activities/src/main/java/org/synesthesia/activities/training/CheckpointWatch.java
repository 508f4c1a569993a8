package org.synesthesia.activities.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synesthesia.io.Json;

/**
 * Records each new checkpoint that core's trainers write to {@code RUN/checkpoint/state.json} (the
 * state file names the step and its zip; {@code fileField} is the zip's field) once it is complete.
 */
final class CheckpointWatch {
    private final Path dir;
    private final String fileField;
    private final TrainingSession session;
    private long recorded = -1;

    CheckpointWatch(Path run, String fileField, TrainingSession session) {
        this.dir = run.resolve("checkpoint");
        this.fileField = fileField;
        this.session = session;
    }

    /** Records the latest checkpoint if it is newer than the last one recorded. */
    void poll() {
        Path state = dir.resolve("state.json");
        if (!Files.isRegularFile(state)) return;
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(state.toFile());
        } catch (IOException e) {
            return; // the state file is replaced atomically; a failed read means it is gone, not torn
        }
        long step = node.path("step").asLong(-1);
        Path zip = dir.resolve(node.path(fileField).asText(""));
        if (step > recorded && Files.isRegularFile(zip)) {
            session.checkpoint(step, zip);
            recorded = step;
        }
    }
}

package org.synesthesia.activities;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import org.synesthesia.activities.training.Trainer;
import org.synesthesia.activities.training.TrainerOutcome;
import org.synesthesia.activities.training.TrainingJob;
import org.synesthesia.activities.training.TrainingSession;
import org.synesthesia.io.Json;

/**
 * A real, tiny training loop for durability tests: gradient descent on (w - target)^2, one
 * checkpoint per step, deterministic, so a resumed run must end exactly where an uninterrupted one
 * does. Config: {@code steps}, {@code stepMillis}, {@code crashAtStep} (throws once, on the first
 * attempt). Each attempt appends the step it started from to {@code attempts.log}.
 */
public final class DescentTrainer implements Trainer {
    static final double RATE = 0.2;

    @Override
    public TrainerOutcome train(TrainingJob job, TrainingSession session) throws Exception {
        Map<String, Object> config = job.trial().config();
        int steps = ((Number) config.getOrDefault("steps", 10)).intValue();
        long stepMillis = ((Number) config.getOrDefault("stepMillis", 0)).longValue();
        int crashAt = ((Number) config.getOrDefault("crashAtStep", -1)).intValue();
        double target = ((Number) config.getOrDefault("target", 3.0)).doubleValue();

        double w = 0;
        long first = 1;
        if (job.resumeFrom() != null) {
            JsonNode state = Json.MAPPER.readTree(Files.readString(Path.of(job.resumeFrom().path())));
            w = state.get("w").asDouble();
            first = state.get("step").asLong() + 1;
        }
        Path log = job.folder().resolve("attempts.log");
        boolean firstAttempt = !Files.exists(log);
        Files.writeString(log, "start " + first + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        for (long step = first; step <= steps; step++) {
            if (firstAttempt && step == crashAt) throw new IllegalStateException("crash at step " + step + " (test)");
            w -= RATE * 2 * (w - target);
            Thread.sleep(stepMillis);
            Path file = job.folder().resolve(String.format(Locale.ROOT, "checkpoints/step-%06d.json", step));
            Json.writeFile(file, Map.of("step", step, "w", w));
            session.metric(step, "loss", "", (w - target) * (w - target));
            session.checkpoint(step, file);
            session.update("descent", step, steps);
        }
        Path weights = job.folder().resolve("weights.json");
        Json.writeFile(weights, Map.of("w", w));
        return new TrainerOutcome(steps, Map.of("loss", (w - target) * (w - target), "w", w), weights, "weights");
    }

    /** Where an uninterrupted run of {@code steps} ends. */
    public static double expectedW(int steps, double target) {
        double w = 0;
        for (int i = 0; i < steps; i++) w -= RATE * 2 * (w - target);
        return w;
    }
}

package org.synesthesia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.synesthesia.activities.metrics.TrainingStep;
import org.synesthesia.activities.training.Trainer;
import org.synesthesia.activities.training.TrainerOutcome;
import org.synesthesia.activities.training.TrainingJob;
import org.synesthesia.activities.training.TrainingSession;
import org.synesthesia.io.Json;

/**
 * A real, tiny training loop that reports like core's trainers do: gradient descent of two
 * parameters ({@code d} and {@code g}, each towards its own target) over "batches" of {@code batch}
 * pairs, {@code stepsPerEpoch} steps an epoch, a learning rate that halves every epoch, one step
 * report (step time, pairs, losses, learning rate) and a checkpoint per step. Config: {@code
 * steps}, {@code stepMillis}, {@code crashAtStep} (throws once, on the first attempt). It ends with
 * {@code test_accuracy} = 1 / (1 + loss), a stand-in that rises as the loss falls, so sweeps can pick a best.
 */
final class StepDescentTrainer implements Trainer {
    static final int BATCH = 16;
    static final int STEPS_PER_EPOCH = 5;

    @Override
    public TrainerOutcome train(TrainingJob job, TrainingSession session) throws Exception {
        Map<String, Object> config = job.trial().config();
        int steps = ((Number) config.getOrDefault("steps", 10)).intValue();
        long stepMillis = ((Number) config.getOrDefault("stepMillis", 0)).longValue();
        int crashAt = ((Number) config.getOrDefault("crashAtStep", -1)).intValue();
        double d = 0, g = 0;
        long first = 1;
        if (job.resumeFrom() != null) {
            JsonNode state = Json.MAPPER.readTree(Files.readString(Path.of(job.resumeFrom().path())));
            d = state.get("d").asDouble();
            g = state.get("g").asDouble();
            first = state.get("step").asLong() + 1;
        }
        boolean firstAttempt = job.resumeFrom() == null;
        for (long step = first; step <= steps; step++) {
            if (firstAttempt && step == crashAt) throw new IllegalStateException("crash at step " + step + " (test)");
            long t0 = System.nanoTime();
            int epoch = (int) ((step - 1) / STEPS_PER_EPOCH);
            double rate = 0.2 / (1 << epoch);
            d -= rate * 2 * (d - 1.0);
            g -= rate * 2 * (g - 2.0);
            Thread.sleep(stepMillis);
            double lossD = (d - 1.0) * (d - 1.0), lossG = (g - 2.0) * (g - 2.0);
            session.step(new TrainingStep(step, epoch, (System.nanoTime() - t0) / 1e9, BATCH, Map.of("d", lossD, "g", lossG), rate));
            Path file = job.folder().resolve(String.format(Locale.ROOT, "checkpoints/step-%06d.json", step));
            Json.writeFile(file, Map.of("step", step, "d", d, "g", g));
            session.checkpoint(step, file);
            session.update("descent", step, steps);
        }
        double loss = (d - 1.0) * (d - 1.0) + (g - 2.0) * (g - 2.0);
        Path weights = job.folder().resolve("weights.json");
        Json.writeFile(weights, Map.of("d", d, "g", g));
        // a stand-in GAN's "samples", named as the study expects, so a human study can be built on it
        for (String code : new String[] {"vn", "fl", "tpt"}) {
            org.synesthesia.image.Images.writePng(job.folder().resolve("samples/" + code + "_0001.png"),
                    new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB));
        }
        return new TrainerOutcome(steps, Map.of("loss", loss, "test_accuracy", 1 / (1 + loss)), weights, "weights");
    }
}

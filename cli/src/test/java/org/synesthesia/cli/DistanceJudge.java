package org.synesthesia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.synesthesia.activities.training.Trainer;
import org.synesthesia.activities.training.TrainerOutcome;
import org.synesthesia.activities.training.TrainingJob;
import org.synesthesia.activities.training.TrainingSession;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.Json;

/**
 * A tiny real judge for {@link StepDescentTrainer}'s output: one sample per instrument, recognised
 * when the generator's {@code g} lies within a tolerance that grows with the instrument's index
 * of its target. Reports each prediction, accuracy by instrument and overall, and the generator's
 * distance from its targets ({@code fd}), as a classification evaluation does.
 */
final class DistanceJudge implements Trainer {
    @Override
    public TrainerOutcome train(TrainingJob job, TrainingSession session) throws Exception {
        JsonNode weights = Json.MAPPER.readTree(Files.readString(Path.of((String) job.trial().config().get("samplesPath"))));
        double d = weights.get("d").asDouble(), g = weights.get("g").asDouble();
        Instrument[] all = Instrument.values();
        int right = 0;
        for (int i = 0; i < all.length; i++) {
            boolean recognised = Math.abs(g - 2.0) < 0.01 * (i + 1);
            String truth = all[i].code();
            String predicted = recognised ? truth : all[(i + 1) % all.length].code();
            session.prediction(truth + "_0001.png", truth, predicted, recognised ? 0.9 : 0.4);
            session.metric(1, "accuracy", truth, recognised ? 1 : 0);
            if (recognised) right++;
        }
        double accuracy = (double) right / all.length;
        double fd = Math.abs(d - 1.0) + Math.abs(g - 2.0);
        session.metric(1, "accuracy", "", accuracy);
        session.metric(1, "fd", "", fd);
        return new TrainerOutcome(1, Map.of("accuracy", accuracy, "fd", fd), null, null);
    }
}

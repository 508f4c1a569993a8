package org.synesthesia.activities.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.synesthesia.gan.ConditionalGenerator;
import org.synesthesia.gan.Direction;
import org.synesthesia.gan.GanConfig;
import org.synesthesia.gan.GanRun;
import org.synesthesia.gan.GanTrainer;
import org.synesthesia.io.BadInputException;

/**
 * Core's GAN training ({@link GanRun}) as a trainer. Settings are any {@link GanConfig} field over
 * the direction's defaults, plus {@code encoderWeights} (the chosen encoder's release) and, for S2I,
 * an optional {@code poseGuideWeights} (a pose regressor's release, the pose guide); the encoding
 * and image size follow the encoder and the pair store unless given. The run resumes from its own
 * checkpoint; losses and step timings are recorded every few steps.
 */
public final class GanTraining implements Trainer {

    /** Rows per series per trial at most. */
    static final int POINTS = 100;

    @Override
    public TrainerOutcome train(TrainingJob job, TrainingSession session) throws Exception {
        var trial = job.trial();
        if (job.pairs() == null) throw new BadInputException("trial " + trial.trialId() + " has no pairsPath: run the dataset step first");
        if (trial.direction() == null) throw new BadInputException("trial " + trial.trialId() + " has no direction: use s2i or i2s");
        Direction direction = Direction.valueOf(trial.direction().name());
        Path encoderRun = TrialSettings.runOf(TrialSettings.text(trial, "encoderWeights",
                "the release weights of an encoder of this direction (run an encoder sweep of direction " + trial.direction().code() + " first)"));
        Object guideWeights = trial.config().get("poseGuideWeights");
        Path guideRun = guideWeights == null || guideWeights.toString().isBlank() ? null : TrialSettings.runOf(guideWeights.toString());
        GanConfig config = GanRun.fitInputs(
                TrialSettings.over(GanConfig.defaults(direction), GanConfig.class, trial, Set.of("encoderWeights", "encoderTrialId", "poseGuideWeights")),
                trial.config().keySet(), job.pairs(), encoderRun, guideRun != null);
        Path run = job.folder();
        CheckpointWatch checkpoints = new CheckpointWatch(run, "combined", session);
        TrainLog log = new TrainLog(run);
        long every = Math.max(1, config.steps() / POINTS);
        GanTrainer.Result result = GanRun.train(config, job.pairs(), encoderRun, guideRun, null, run, true, session, step -> {
            if (step.step() % every == 0 || step.step() == step.totalSteps()) {
                Map<String, Double> series = new LinkedHashMap<>(step.losses());
                series.put("step_seconds", step.seconds());
                series.put("d_seconds", step.dSeconds());
                series.put("g_seconds", step.gSeconds());
                series.put("pairs_per_second", step.pairsPerSecond());
                series.forEach((name, value) -> session.metric(step.step(), name, "", value));
                log.append(step.step(), series);
            }
            checkpoints.poll();
        });
        checkpoints.poll();
        return new TrainerOutcome(result.step(), Map.of(), run.resolve(ConditionalGenerator.WEIGHTS), "generator");
    }
}

package org.synesthesia.activities.training;

import org.synesthesia.workflows.trial.GanTrainingActivity;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/** GAN training: core's S2I/I2S trainer is the trainer. */
public final class GanTrainingActivityImpl implements GanTrainingActivity {
    private final TrainingRun run;
    private final Trainer trainer;

    public GanTrainingActivityImpl(TrainingRun run, Trainer trainer) {
        this.run = run;
        this.trainer = trainer;
    }

    /** Core's S2I/I2S training through {@code GanRun}. */
    public static Trainer coreTrainer() { return new GanTraining(); }

    @Override
    public TrialResult trainGan(TrialRequest trial) { return run.run(trial, trainer); }
}

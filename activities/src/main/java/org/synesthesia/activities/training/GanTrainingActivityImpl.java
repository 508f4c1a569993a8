package org.synesthesia.activities.training;

import org.synesthesia.workflows.trial.GanTrainingActivity;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/** GAN training: core's S2I/I2S trainer plugs in as the trainer (missing until the GAN issue lands). */
public final class GanTrainingActivityImpl implements GanTrainingActivity {
    private final TrainingRun run;
    private final Trainer trainer;

    public GanTrainingActivityImpl(TrainingRun run, Trainer trainer) {
        this.run = run;
        this.trainer = trainer;
    }

    /** Until core can train GANs, every training fails at once and says why. */
    public static Trainer coreTrainer() {
        return new MissingCapability("GAN training (synesthesia train s2i|i2s)", "the GAN issue");
    }

    @Override
    public TrialResult trainGan(TrialRequest trial) { return run.run(trial, trainer); }
}

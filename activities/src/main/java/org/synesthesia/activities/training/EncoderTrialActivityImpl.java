package org.synesthesia.activities.training;

import org.synesthesia.workflows.trial.EncoderTrialActivity;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/** Encoder trials: core's classifier training plugs in as the trainer (missing until the encoders issue lands). */
public final class EncoderTrialActivityImpl implements EncoderTrialActivity {
    private final TrainingRun run;
    private final Trainer trainer;

    public EncoderTrialActivityImpl(TrainingRun run, Trainer trainer) {
        this.run = run;
        this.trainer = trainer;
    }

    /** Until core can train encoders, every trial fails at once and says why. */
    public static Trainer coreTrainer() {
        return new MissingCapability("encoder training (synesthesia train classifier)", "the encoders issue");
    }

    @Override
    public TrialResult trainEncoder(TrialRequest trial) { return run.run(trial, trainer); }
}

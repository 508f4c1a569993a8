package org.synesthesia.activities.training;

import org.synesthesia.workflows.trial.EncoderTrialActivity;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/** Encoder trials and judge training: core's classifier training is the trainer. */
public final class EncoderTrialActivityImpl implements EncoderTrialActivity {
    private final TrainingRun run;
    private final Trainer trainer;

    public EncoderTrialActivityImpl(TrainingRun run, Trainer trainer) {
        this.run = run;
        this.trainer = trainer;
    }

    /** Core's classifier training: encoders for sweeps, and the judging networks. */
    public static Trainer coreTrainer() { return new ClassifierTraining(); }

    @Override
    public TrialResult trainEncoder(TrialRequest trial) { return run.run(trial, trainer); }
}

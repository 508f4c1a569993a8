package org.synesthesia.activities.training;

import org.synesthesia.workflows.trial.ClassificationActivity;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/**
 * Classification evaluation: a judge classifies samples, reporting each prediction and the accuracy
 * by instrument (metric {@code accuracy}, label = instrument code) through the session.
 */
public final class ClassificationActivityImpl implements ClassificationActivity {
    private final TrainingRun run;
    private final Trainer judge;

    public ClassificationActivityImpl(TrainingRun run, Trainer judge) {
        this.run = run;
        this.judge = judge;
    }

    /** Core's evaluation of a GAN run by the judges ({@code org.synesthesia.eval}). */
    public static Trainer coreJudge() { return new GanJudging(); }

    @Override
    public TrialResult classifySamples(TrialRequest trial) { return run.run(trial, judge); }
}

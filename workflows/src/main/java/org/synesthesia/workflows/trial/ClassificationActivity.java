package org.synesthesia.workflows.trial;

import io.temporal.activity.ActivityInterface;

/** Judges generated samples with a classifier and records accuracy by instrument and every prediction. CPU queue. */
@ActivityInterface
public interface ClassificationActivity {
    TrialResult classifySamples(TrialRequest trial);
}

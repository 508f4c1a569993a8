package org.synesthesia.workflows.trial;

import io.temporal.activity.ActivityInterface;

/** Trains one conditional GAN (S2I or I2S), resuming from its last checkpoint, and writes its samples. GPU queue. */
@ActivityInterface
public interface GanTrainingActivity {
    TrialResult trainGan(TrialRequest trial);
}

package org.synesthesia.workflows.sweep;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Trains a sweep trial to a budget, resuming what earlier rungs trained, and heartbeats while it does. GPU queue. */
@ActivityInterface
public interface SweepTrialActivity {
    @ActivityMethod(name = "TrainSweepTrial")
    RungResult train(RungRequest request);
}

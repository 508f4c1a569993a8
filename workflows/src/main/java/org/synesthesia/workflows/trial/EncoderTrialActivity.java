package org.synesthesia.workflows.trial;

import io.temporal.activity.ActivityInterface;

/** Trains one encoder (an instrument classifier over one encoding and setting) and measures it. GPU queue. */
@ActivityInterface
public interface EncoderTrialActivity {
    TrialResult trainEncoder(TrialRequest trial);
}

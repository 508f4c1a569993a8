package org.synesthesia.activities;

import org.synesthesia.activities.training.ClassificationActivityImpl;
import org.synesthesia.activities.training.EncoderTrialActivityImpl;
import org.synesthesia.activities.training.GanTrainingActivityImpl;
import org.synesthesia.activities.training.Trainer;

/** Which trainer each training activity runs: core's by default; tests plug in small real ones. */
public record Trainers(Trainer encoder, Trainer gan, Trainer judge) {
    /** What core offers today. */
    public static Trainers core() {
        return new Trainers(EncoderTrialActivityImpl.coreTrainer(), GanTrainingActivityImpl.coreTrainer(), ClassificationActivityImpl.coreJudge());
    }

    public Trainers withGan(Trainer gan) { return new Trainers(encoder, gan, judge); }

    public Trainers withEncoder(Trainer encoder) { return new Trainers(encoder, gan, judge); }
}

package org.synesthesia.activities.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;

/**
 * Core's classifier training as a trainer: encoders of a sweep (role {@code encoder}) and the judging
 * networks (role {@code judge} or {@code pose}). Settings are {@code encoding}, {@code role} and any
 * {@link ClassifierConfig} field (epochs, width, seed, keepPose, ...). The run resumes from its own
 * checkpoint; the loss is recorded every few steps, and the final test metrics at the last step:
 * {@code test_accuracy}, per instrument under the same name with the instrument code as label, and
 * for encoders the pose probe ({@code pose_probe_mae}, {@code pose_probe_mae_of_mean}).
 */
public final class ClassifierTraining implements Trainer {

    /** Loss rows per trial at most, so that the metric table stays small for long runs. */
    static final int LOSS_POINTS = 100;

    @Override
    public TrainerOutcome train(TrainingJob job, TrainingSession session) throws Exception {
        if (job.pairs() == null) throw new BadInputException("trial " + job.trial().trialId() + " has no pairsPath: run the dataset step first");
        Encoding encoding = parse(TrialSettings.text(job.trial(), "encoding", "one of lms, cqt, wave, image"), job);
        Object roleSetting = job.trial().config().get("role");
        String role = roleSetting == null ? "encoder" : roleSetting.toString();
        if (!Set.of("encoder", "judge", "pose").contains(role)) throw new BadInputException("trial " + job.trial().trialId() + " has role '" + role + "': use encoder, judge or pose");
        if (role.equals("pose") && encoding != Encoding.IMAGE) throw new BadInputException("trial " + job.trial().trialId() + ": the pose regressor reads images; set encoding image");
        ClassifierConfig config = TrialSettings.over(ClassifierConfig.defaults(encoding, role), ClassifierConfig.class, job.trial(), Set.of("encoding", "role"));

        Path run = job.folder();
        CheckpointWatch checkpoints = new CheckpointWatch(run, "file", session);
        TrainLog log = new TrainLog(run);
        ClassifierRun.Record record = ClassifierRun.train(config, job.pairs(), run, session, step -> {
            long every = Math.max(1, step.totalSteps() / LOSS_POINTS);
            if (step.step() % every == 0 || step.step() == step.totalSteps()) {
                Map<String, Double> series = new LinkedHashMap<>();
                series.put("loss", step.loss());
                series.put("examples_per_second", step.examples() / Math.max(1e-9, step.seconds()));
                series.forEach((name, value) -> session.metric(step.step(), name, "", value));
                log.append(step.step(), series);
            }
            checkpoints.poll();
        });
        checkpoints.poll();

        long last = record.steps();
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("test_accuracy", record.test().accuracy());
        double[] per = record.test().perInstrument();
        if (per != null) {
            for (int c = 0; c < per.length && c < Instrument.count(); c++) {
                if (!Double.isNaN(per[c])) session.metric(last, "test_accuracy", Instrument.ofIndex(c).code(), per[c]);
            }
        }
        if (record.test().pose() != null) {
            summary.put("test_pose_mae", record.test().pose().overall());
            summary.put("test_pose_mae_of_mean", record.test().pose().overallOfMean());
            summary.put("test_pose_mae_of_instrument_mean", record.test().pose().overallOfInstrumentMean());
        }
        if (record.poseProbe() != null) {
            summary.put("pose_probe_mae", record.poseProbe().mae());
            summary.put("pose_probe_mae_of_mean", record.poseProbe().maeOfMean());
        }
        summary.put("train_seconds", record.trainSeconds());
        summary.values().removeIf(v -> v == null || v.isNaN() || v.isInfinite());
        return new TrainerOutcome(last, summary, run.resolve(ClassifierRun.MODEL), role.equals("encoder") ? "encoder" : role);
    }

    private static Encoding parse(String s, TrainingJob job) {
        try {
            return Encoding.parse(s);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("trial " + job.trial().trialId() + " has encoding '" + s + "': use one of lms, cqt, wave, image");
        }
    }
}

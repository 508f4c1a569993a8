package org.synesthesia.activities.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.synesthesia.eval.EvaluationSettings;
import org.synesthesia.eval.GanEvaluation;
import org.synesthesia.eval.Judges;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.metrics.MetricResult;
import org.synesthesia.metrics.RunMetrics;

/**
 * Core's evaluation ({@link GanEvaluation}) as a trainer: the GAN run ({@code samplesPath}, its
 * release) is judged on the test split by {@code audioJudge}, {@code imageJudge} and {@code poseJudge}
 * (release weights of the judging networks). Every metric value becomes a row named
 * {@code <metric>_<value>} ({@code instrument_accuracy_generated_top1}, {@code kid_kid}, ...); values
 * per instrument carry the instrument code as label. Each generated sample's prediction is recorded.
 * The settings behind every number are in the run's {@code metrics.json}, recorded as an artifact.
 */
public final class GanJudging implements Trainer {

    @Override
    public TrainerOutcome train(TrainingJob job, TrainingSession session) throws Exception {
        var trial = job.trial();
        if (job.pairs() == null) throw new BadInputException("trial " + trial.trialId() + " has no pairsPath: run the dataset step first");
        Path gan = TrialSettings.runOf(TrialSettings.text(trial, "samplesPath", "the GAN run's release weights (train the GAN first)"));
        String missing = "the judges' release weights (the experiment trains them when it evaluates)";
        Object pose = trial.config().get("poseJudge");
        Judges judges = new Judges(TrialSettings.runOf(TrialSettings.text(trial, "audioJudge", missing)),
                TrialSettings.runOf(TrialSettings.text(trial, "imageJudge", missing)), pose == null ? null : TrialSettings.runOf(pose.toString()));
        EvaluationSettings settings = TrialSettings.over(EvaluationSettings.defaults(), EvaluationSettings.class, trial,
                Set.of("samplesPath", "ganTrialId", "judgeWeights", "audioJudge", "imageJudge", "poseJudge"));

        GanEvaluation.Result result = GanEvaluation.evaluate(gan, judges, job.pairs(), settings, session);
        Map<String, Double> summary = new LinkedHashMap<>();
        for (MetricResult m : result.metrics()) {
            for (var v : m.values().entrySet()) {
                if (v.getValue() == null || v.getValue().isNaN() || v.getValue().isInfinite()) continue;
                String[] nameLabel = nameAndLabel(m.name(), v.getKey());
                if (nameLabel[1].isEmpty()) summary.put(nameLabel[0], v.getValue());
                else session.metric(0, nameLabel[0], nameLabel[1], v.getValue());
            }
        }
        for (GanEvaluation.Prediction p : result.predictions()) session.prediction(p.sample(), p.truth(), p.predicted(), p.confidence());
        return new TrainerOutcome(0, summary, gan.resolve(RunMetrics.FILE), "metrics");
    }

    /** {@code instrument_accuracy} + {@code generated_top1_vn} becomes ({@code instrument_accuracy_generated_top1}, {@code vn}). */
    static String[] nameAndLabel(String metric, String value) {
        for (Instrument i : Instrument.values()) {
            String suffix = "_" + i.code();
            if (value.endsWith(suffix)) return new String[] {metric + "_" + value.substring(0, value.length() - suffix.length()), i.code()};
        }
        return new String[] {metric + "_" + value, ""};
    }
}

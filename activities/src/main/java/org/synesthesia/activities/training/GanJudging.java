package org.synesthesia.activities.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.synesthesia.activities.records.EvaluationRecords;
import org.synesthesia.eval.EvaluationSettings;
import org.synesthesia.eval.GanEvaluation;
import org.synesthesia.eval.Judges;
import org.synesthesia.io.BadInputException;
import org.synesthesia.metrics.RunMetrics;

/**
 * Core's evaluation ({@link GanEvaluation}) as a trainer: the GAN run ({@code samplesPath}, its
 * release) is judged on the test split by {@code audioJudge}, {@code imageJudge} and {@code poseJudge}
 * (release weights of the judging networks). Every metric value becomes a row as
 * {@link EvaluationRecords#rows} names it, and each generated sample's prediction is recorded.
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
        for (EvaluationRecords.Row r : EvaluationRecords.rows(result.metrics())) {
            if (r.label().isEmpty()) summary.put(r.name(), r.value());
            else session.metric(0, r.name(), r.label(), r.value());
        }
        for (GanEvaluation.Prediction p : result.predictions()) session.prediction(p.sample(), p.truth(), p.predicted(), p.confidence());
        return new TrainerOutcome(0, summary, gan.resolve(RunMetrics.FILE), "metrics");
    }
}

package org.synesthesia.workflows;

import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.synesthesia.workflows.dataset.DatasetActivities;
import org.synesthesia.workflows.dataset.DatasetRequest;
import org.synesthesia.workflows.dataset.DatasetResult;
import org.synesthesia.workflows.dataset.PrepareRequest;
import org.synesthesia.workflows.dataset.SourceResult;
import org.synesthesia.workflows.human.HumanEvaluationActivities;
import org.synesthesia.workflows.human.HumanEvaluationOpening;
import org.synesthesia.workflows.human.RatingSubmission;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.ExperimentOutcome;
import org.synesthesia.workflows.records.RecordActivities;
import org.synesthesia.workflows.records.SweepDecision;
import org.synesthesia.workflows.records.SweepOpening;
import org.synesthesia.workflows.records.TrialFailure;
import org.synesthesia.workflows.trial.ClassificationActivity;
import org.synesthesia.workflows.trial.EncoderTrialActivity;
import org.synesthesia.workflows.trial.GanTrainingActivity;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/**
 * Activities that follow a small script instead of doing work, so that workflow tests see only the
 * orchestration: every call is logged as "queue:Activity:argument"; encoder trials score by their
 * encoding; a {@code "fail": true} setting or a source named "missing" fails as bad input.
 */
final class ScriptedActivities {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    final AtomicInteger trainingNow = new AtomicInteger();
    final AtomicInteger trainingPeak = new AtomicInteger();
    final Set<String> ratings = ConcurrentHashMap.newKeySet();
    volatile ExperimentOutcome outcome;
    volatile long trainingMillis = 0;

    private void log(String what) {
        var info = Activity.getExecutionContext().getInfo();
        attempts.merge(info.getActivityType() + ":" + what, 1, Integer::sum);
        calls.add(info.getActivityTaskQueue() + ":" + info.getActivityType() + ":" + what);
    }

    static ApplicationFailure badInput(String message) {
        return ApplicationFailure.newNonRetryableFailure(message, StepOptions.BAD_INPUT);
    }

    final class Cpu implements DatasetActivities, RecordActivities, ClassificationActivity, HumanEvaluationActivities {
        @Override public SourceResult synthesizeSource(DatasetRequest r) {
            log(r.spec().preset() + (r.spec().poses().equals("played") ? "" : " " + r.spec().poses()));
            if (r.spec().preset().equals("no-drawn") && r.spec().poses().equals("drawn")) throw badInput("no drawn poses for this preset");
            return new SourceResult("/runs/" + r.experimentId() + "/" + DatasetRequest.part(r.name(), "source"), true);
        }
        @Override public SourceResult locateSource(DatasetRequest r) {
            log(r.spec().source());
            if (r.spec().source().contains("missing")) throw badInput(r.spec().source() + " does not exist; give an existing URMP folder");
            return new SourceResult(r.spec().source(), false);
        }
        @Override public DatasetResult preparePairs(PrepareRequest r) {
            log(r.source().path());
            return new DatasetResult(r.experimentId() + "/" + r.name(), "/runs/" + r.experimentId() + "/" + DatasetRequest.part(r.name(), "pairs"), r.source().path(),
                    r.source().synthesized(), 10, 8, 2);
        }
        @Override public DatasetResult recordDataset(DatasetResult d) { log(d.datasetId()); return d; }
        @Override public void openExperiment(ExperimentOpening o) { log(o.experimentId()); }
        @Override public void finishExperiment(ExperimentOutcome o) { log(o.status()); outcome = o; }
        @Override public void openSweep(SweepOpening o) { log(o.sweepId()); }
        @Override public void decideSweep(SweepDecision d) { log(d.sweepId() + "=" + d.bestTrialId()); }
        @Override public void recordTrialFailure(TrialFailure f) { log(f.trial().trialId() + "=" + f.reason()); }
        @Override public TrialResult classifySamples(TrialRequest t) {
            log(t.trialId() + " judge=" + t.config().get("judgeWeights") + " samples=" + t.config().get("samplesPath"));
            return TrialResult.completed(t.trialId(), Map.of("accuracy", 0.5), null, null);
        }
        @Override public org.synesthesia.workflows.human.StudyBuilt buildStudy(org.synesthesia.workflows.human.StudyRequest r) {
            log(r.evaluationId());
            return new org.synesthesia.workflows.human.StudyBuilt(r.input().samplesPath() + "/study", 3);
        }
        @Override public int openHumanEvaluation(HumanEvaluationOpening o) { log(o.evaluationId()); return ratings.size(); }
        @Override public int recordRating(RatingSubmission s) {
            log(s.rating().sample() + "/" + s.rating().rater());
            ratings.add(s.rating().sample() + "/" + s.rating().rater());
            return ratings.size();
        }
        @Override public void closeHumanEvaluation(String id) { log(id); }
    }

    final class Gpu implements EncoderTrialActivity, GanTrainingActivity {
        @Override public TrialResult trainEncoder(TrialRequest t) {
            log(t.trialId() + (t.kind() == TrialKind.JUDGE ? " on " + t.pairsPath() : ""));
            int now = trainingNow.incrementAndGet();
            trainingPeak.accumulateAndGet(now, Math::max);
            try {
                if (trainingMillis > 0) Thread.sleep(trainingMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                trainingNow.decrementAndGet();
            }
            if (Boolean.TRUE.equals(t.config().get("fail"))) throw badInput("trial " + t.trialId() + " has a corrupt pair store");
            double score = switch ((String) t.config().get("encoding")) {
                case "cqt" -> 0.8;
                case "lms" -> 0.6;
                default -> 0.1;
            } + ((Number) t.config().getOrDefault("epochs", 0)).doubleValue() / 100;
            return TrialResult.completed(t.trialId(), Map.of("test_accuracy", score), t.trialId() + "/checkpoint", t.trialId() + "/weights");
        }
        @Override public TrialResult trainGan(TrialRequest t) {
            log(t.trialId() + " encoder=" + t.config().get("encoderWeights"));
            return TrialResult.completed(t.trialId(), Map.of("d_loss", 1.0), t.trialId() + "/ckpt", t.trialId() + "/samples");
        }
    }
}

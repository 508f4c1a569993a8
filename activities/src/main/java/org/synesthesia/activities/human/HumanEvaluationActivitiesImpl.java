package org.synesthesia.activities.human;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.synesthesia.activities.metrics.StudyMeters;
import org.synesthesia.io.BadInputException;
import org.synesthesia.workflows.human.StudyBuilt;
import org.synesthesia.workflows.human.StudyRequest;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.human.HumanEvaluationActivities;
import org.synesthesia.workflows.human.HumanEvaluationInput;
import org.synesthesia.workflows.human.HumanEvaluationOpening;
import org.synesthesia.workflows.human.Rating;
import org.synesthesia.workflows.human.RatingSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Human-evaluation rows. A rating whose answer is not an instrument code is dropped with a warning
 * rather than failing the evaluation: one bad form post must not end a week of collection.
 */
public final class HumanEvaluationActivitiesImpl implements HumanEvaluationActivities {
    private static final Logger log = LoggerFactory.getLogger(HumanEvaluationActivitiesImpl.class);
    private final Database db;
    private final StudyMeters meters;

    /** Without metrics: the records alone (an empty composite registry measures nothing). */
    public HumanEvaluationActivitiesImpl(Database db) { this(db, new StudyMeters(new CompositeMeterRegistry())); }

    public HumanEvaluationActivitiesImpl(Database db, StudyMeters meters) {
        this.db = db;
        this.meters = meters;
    }

    @Override
    public StudyBuilt buildStudy(StudyRequest request) {
        try {
            return StudyFolder.build(request, judgePredictions(request.input().evaluationTrialId()));
        } catch (BadInputException e) {
            throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), StepOptions.BAD_INPUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The judge's instrument code per sample file name, from the evaluation trial's predictions. */
    private Map<String, String> judgePredictions(String trialId) {
        if (trialId == null) return Map.of();
        return db.inTransaction(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT sample, predicted FROM prediction WHERE trial_id = ?")) {
                s.setString(1, trialId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.put(Path.of(r.getString(1)).getFileName().toString(), r.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public int openHumanEvaluation(HumanEvaluationOpening o) {
        HumanEvaluationInput in = o.input();
        return db.inTransaction(c -> {
            if (in.evaluationTrialId() != null
                    && Statements.value(c, "SELECT 1 FROM trial WHERE id = ? AND kind = 'evaluation'", in.evaluationTrialId()) == null)
                throw ApplicationFailure.newNonRetryableFailure("evaluation trial " + in.evaluationTrialId()
                        + " is not recorded; give the id of a classification evaluation trial, or leave evaluationTrialId out", StepOptions.BAD_INPUT);
            Statements.update(c, """
                    INSERT INTO human_evaluation (id, experiment_id, evaluation_trial_id, samples_path, expected_ratings, study_path)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET study_path = coalesce(human_evaluation.study_path, EXCLUDED.study_path)""",
                    o.evaluationId(), in.experimentId(), in.evaluationTrialId(), in.samplesPath(), in.expectedRatings(), o.studyPath());
            int n = count(c, o.evaluationId());
            meters.pending(o.evaluationId(), in.expectedRatings() - n);
            return n;
        });
    }

    @Override
    public int recordRating(RatingSubmission s) {
        Rating r = s.rating();
        boolean valid = r.sample() != null && r.rater() != null && r.answer() != null
                && Arrays.stream(Instrument.values()).anyMatch(i -> i.code().equals(r.answer()))
                && (r.realism() == null || (r.realism() >= 1 && r.realism() <= 5));
        meters.answer(valid);
        return db.inTransaction(c -> {
            if (valid) {
                Statements.update(c, """
                        INSERT INTO human_rating (evaluation_id, sample, rater, answer, realism, condition, truth, judge)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (evaluation_id, sample, rater) DO NOTHING""",
                        s.evaluationId(), r.sample(), r.rater(), r.answer(), r.realism() == null ? null : r.realism().shortValue(),
                        r.condition(), r.truth(), r.judge());
            } else {
                log.warn("dropped rating {} for {}: the answer must be an instrument code such as vn, and realism 1 to 5", r, s.evaluationId());
            }
            int n = count(c, s.evaluationId());
            Object expected = Statements.value(c, "SELECT expected_ratings FROM human_evaluation WHERE id = ?", s.evaluationId());
            if (expected != null) meters.pending(s.evaluationId(), ((Number) expected).intValue() - n);
            return n;
        });
    }

    @Override
    public void closeHumanEvaluation(String evaluationId) {
        db.inTransaction(c -> Statements.update(c,
                "UPDATE human_evaluation SET status = 'closed', closed_at = coalesce(closed_at, now()) WHERE id = ?", evaluationId));
        meters.closed(evaluationId);
    }

    private static int count(java.sql.Connection c, String evaluationId) throws java.sql.SQLException {
        return ((Number) Statements.value(c, "SELECT count(*) FROM human_rating WHERE evaluation_id = ?", evaluationId)).intValue();
    }
}

package org.synesthesia.activities.rating;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.metrics.StudyStatistics;
import org.synesthesia.study.Question;
import org.synesthesia.study.QuestionKind;
import org.synesthesia.study.Study;

/**
 * A human evaluation's stored answers as the study statistics take them. Conditions are reported
 * per kind of question ({@code s2i, image} and {@code s2i, match} have different chance levels:
 * 1 in 13 and 1 in 2). Answers stored without a truth (signalled straight to the workflow, not
 * through the rating app) cannot be scored and are counted apart.
 */
public record StudyAnswers(String evaluationId, List<StudyStatistics.Answer> answers, int unscored) {

    public static StudyAnswers read(Database db, String evaluationId) {
        String studyPath = db.inTransaction(c -> {
            if (Statements.value(c, "SELECT 1 FROM human_evaluation WHERE id = ?", evaluationId) == null)
                throw new BadInputException("human evaluation " + evaluationId + " is not recorded; give the id of a HumanEvaluation workflow (e.g. <experiment>/human-<name>)");
            return (String) Statements.value(c, "SELECT study_path FROM human_evaluation WHERE id = ?", evaluationId);
        });
        Map<String, QuestionKind> kinds = new HashMap<>();
        if (studyPath != null) {
            try {
                for (Question q : Study.read(Path.of(studyPath)).questions()) kinds.put(q.id(), q.kind());
            } catch (BadInputException e) {
                // the study folder may live on another machine: report by condition alone
            }
        }
        return db.inTransaction(c -> {
            List<StudyStatistics.Answer> out = new ArrayList<>();
            int unscored = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT sample, rater, answer, condition, truth, judge FROM human_rating
                    WHERE evaluation_id = ? ORDER BY created_at, sample, rater""")) {
                s.setString(1, evaluationId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String sample = r.getString(1), answer = r.getString(3), truth = r.getString(5);
                        if (truth == null || r.getString(4) == null) { unscored++; continue; }
                        QuestionKind kind = kinds.get(sample);
                        String condition = r.getString(4) + (kind == null ? "" : ", " + label(kind));
                        out.add(new StudyStatistics.Answer(sample, r.getString(2), condition, truth.equals(answer),
                                index(answer), index(r.getString(6))));
                    }
                }
            }
            return new StudyAnswers(evaluationId, out, unscored);
        });
    }

    private static String label(QuestionKind kind) {
        return switch (kind) {
            case IMAGE_INSTRUMENT -> "image";
            case SOUND_INSTRUMENT -> "sound";
            case MATCH_IMAGE -> "match";
        };
    }

    private static int index(String code) {
        return code == null ? -1 : Instrument.ofCode(code).map(Instrument::index).orElse(-1);
    }
}

package org.synesthesia.activities.rating;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.workflows.human.Rating;

/** The rating app's rows for one human evaluation: its raters and their answers, each write one transaction. */
final class RatingStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final Database db;
    private final String evaluationId;

    RatingStore(Database db, String evaluationId) {
        this.db = db;
        this.evaluationId = evaluationId;
    }

    /** The study folder of the evaluation, or null when the evaluation is not recorded or has no study yet. */
    static String studyPath(Database db, String evaluationId) {
        return db.inTransaction(c -> (String) Statements.value(c, "SELECT study_path FROM human_evaluation WHERE id = ?", evaluationId));
    }

    boolean isOpen() {
        return db.inTransaction(c -> "open".equals(Statements.value(c, "SELECT status FROM human_evaluation WHERE id = ?", evaluationId)));
    }

    /** A fresh anonymous rater id, recorded. */
    String newRater() {
        StringBuilder id = new StringBuilder("r-");
        for (int i = 0; i < 12; i++) id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        String rater = id.toString();
        db.inTransaction(c -> Statements.update(c, "INSERT INTO human_rater (evaluation_id, rater) VALUES (?, ?)", evaluationId, rater));
        return rater;
    }

    boolean isRater(String rater) {
        return db.inTransaction(c -> Statements.value(c, "SELECT 1 FROM human_rater WHERE evaluation_id = ? AND rater = ?", evaluationId, rater) != null);
    }

    /** The question ids this rater has answered. */
    Set<String> answered(String rater) {
        return db.inTransaction(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT sample FROM human_rating WHERE evaluation_id = ? AND rater = ?")) {
                s.setString(1, evaluationId);
                s.setString(2, rater);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    /** Stores the answer in one transaction; false when this rater had already answered the question. */
    boolean record(Rating r) {
        return db.inTransaction(c -> insert(c, r) == 1);
    }

    private int insert(Connection c, Rating r) throws SQLException {
        return Statements.update(c, """
                INSERT INTO human_rating (evaluation_id, sample, rater, answer, realism, condition, truth, judge)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (evaluation_id, sample, rater) DO NOTHING""",
                evaluationId, r.sample(), r.rater(), r.answer(), r.realism() == null ? null : r.realism().shortValue(),
                r.condition(), r.truth(), r.judge());
    }
}

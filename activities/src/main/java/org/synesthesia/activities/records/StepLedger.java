package org.synesthesia.activities.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.synesthesia.io.Json;

/**
 * The memory of finished steps: (experiment, step) to its result. An activity asks first and
 * returns the recorded result instead of working again; that is what makes a rerun after a crash,
 * or a retried activity whose completion was lost, free and duplicate-free.
 */
public final class StepLedger {
    private final Database db;

    public StepLedger(Database db) { this.db = db; }

    public <T> Optional<T> find(String experimentId, String step, Class<T> type) {
        Object json = db.inTransaction(c -> Statements.value(c,
                "SELECT result::text FROM step WHERE experiment_id = ? AND name = ?", experimentId, step));
        return Optional.ofNullable(json).map(j -> Json.read((String) j, type));
    }

    /** Records a finished step; a second record of the same step keeps the first. */
    public void record(String experimentId, String step, Object result, String worker, Instant startedAt) {
        db.inTransaction(c -> Statements.update(c, """
                INSERT INTO step (experiment_id, name, result, worker, started_at) VALUES (?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (experiment_id, name) DO NOTHING""",
                experimentId, step, Json.write(result), worker, Timestamp.from(startedAt)));
    }
}

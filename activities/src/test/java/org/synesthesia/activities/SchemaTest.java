package org.synesthesia.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synesthesia.activities.records.RecordsException;
import org.synesthesia.activities.records.Statements;

/** The migrations on a real PostgreSQL: the tables exist and the keys refuse what a retry must not add. */
class SchemaTest {
    static EmbeddedRecords records;

    @BeforeAll static void start() { records = new EmbeddedRecords(); }
    @AfterAll static void stop() throws Exception { records.close(); }
    @BeforeEach void clear() { records.clear(); }

    private void exec(String sql, Object... params) {
        records.db.inTransaction(c -> Statements.update(c, sql, params));
    }

    @Test
    void migrationCreatesEveryTable() {
        long tables = records.count("""
                SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN
                ('experiment','step','dataset','sweep','trial','checkpoint','artifact','metric','prediction','human_evaluation','human_rating','human_rater')""");
        assertEquals(12, tables);
        // every migration (V1, and the later ones other issues add) applied, none failed
        assertEquals(0L, records.count("SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
        assertEquals(1L, records.count("SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'"));
    }

    @Test
    void laterMigrationsKeepEveryTrialKind() {
        exec("INSERT INTO experiment (id, name, config) VALUES ('k', 'k', '{}')");
        for (String kind : new String[] {"encoder", "gan", "evaluation", "sweep", "judge"}) {
            exec("INSERT INTO trial (id, experiment_id, kind, config, worker) VALUES ('k/" + kind + "', 'k', '" + kind + "', '{}', 'w')");
        }
        assertThrows(RecordsException.class, () -> exec("INSERT INTO trial (id, experiment_id, kind, config, worker) VALUES ('k/x', 'k', 'bogus', '{}', 'w')"));
    }

    @Test
    void keysRefuseASecondRowForTheSameTrialStepOrRating() {
        exec("INSERT INTO experiment (id, name, config) VALUES ('e', 'e', '{}')");
        exec("INSERT INTO trial (id, experiment_id, kind, config, worker) VALUES ('e/t', 'e', 'gan', '{}', 'w')");
        assertThrows(RecordsException.class, () -> exec("INSERT INTO trial (id, experiment_id, kind, config, worker) VALUES ('e/t', 'e', 'gan', '{}', 'w')"));
        exec("INSERT INTO checkpoint (trial_id, step, path, sha256, bytes) VALUES ('e/t', 1, '/c', repeat('a', 64), 3)");
        assertThrows(RecordsException.class, () -> exec("INSERT INTO checkpoint (trial_id, step, path, sha256, bytes) VALUES ('e/t', 1, '/d', repeat('b', 64), 3)"));
        exec("INSERT INTO metric (trial_id, name, step, value) VALUES ('e/t', 'loss', 1, 0.5)");
        assertThrows(RecordsException.class, () -> exec("INSERT INTO metric (trial_id, name, step, value) VALUES ('e/t', 'loss', 1, 0.4)"));
        exec("INSERT INTO human_evaluation (id, experiment_id, samples_path, expected_ratings) VALUES ('e/h', 'e', '/s', 2)");
        exec("INSERT INTO human_rating (evaluation_id, sample, rater, answer) VALUES ('e/h', 'a', 'ann', 'vn')");
        assertThrows(RecordsException.class, () -> exec("INSERT INTO human_rating (evaluation_id, sample, rater, answer) VALUES ('e/h', 'a', 'ann', 'vc')"));
    }

    @Test
    void checksRefuseInconsistentRows() {
        exec("INSERT INTO experiment (id, name, config) VALUES ('e', 'e', '{}')");
        RecordsException noReason = assertThrows(RecordsException.class,
                () -> exec("UPDATE experiment SET status = 'failed' WHERE id = 'e'"));
        assertTrue(noReason.getMessage().contains("check constraint"), noReason.getMessage());
        assertThrows(RecordsException.class, () -> exec("INSERT INTO trial (id, experiment_id, kind, config, worker) VALUES ('e/x', 'e', 'poem', '{}', 'w')"));
        assertThrows(RecordsException.class, () -> exec("INSERT INTO trial (id, experiment_id, kind, config, worker) VALUES ('e/y', 'nobody', 'gan', '{}', 'w')"));
        assertThrows(RecordsException.class, () -> exec(
                "INSERT INTO dataset (id, experiment_id, source, synthesized, pairs_path, pairs, train_pairs, test_pairs, manifest) VALUES ('d', 'e', '/s', true, '/p', 10, 8, 3, '{}')"));
    }
}

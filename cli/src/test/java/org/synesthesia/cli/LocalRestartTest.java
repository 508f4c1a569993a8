package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.DescentTrainer;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.Statements;

/**
 * The local process itself killed with -9 in the middle of its experiment's training: started
 * again with the same experiment id, it finds the dataset steps in its database and does not redo
 * them, resumes the training from its last checkpoint, and completes with nothing duplicated.
 */
class LocalRestartTest {
    static final int STEPS = 40;

    @Test
    void aKilledLocalProcessRestartedWithTheSameIdPicksUpWhereItStopped(@TempDir Path dir) throws Exception {
        Path experiment = dir.resolve("restart.json");
        Files.writeString(experiment, """
                {"name": "restart", "dataset": {"preset": "tiny", "seed": 1},
                 "gans": [{"direction": "s2i", "config": {"steps": %d, "stepMillis": 150}}], "evaluate": false}
                """.formatted(STEPS));
        Path home = dir.resolve("home");
        int dbPort = Processes.freePort();
        String[] args = {"local", experiment.toString(), "--home", home.toString(), "--temporal-port", String.valueOf(Processes.freePort()),
                "--db-port", String.valueOf(dbPort)};
        String[] command = java.util.Arrays.copyOfRange(args, 1, args.length);

        Process first = Processes.java(dir.resolve("first.log"), DescentLocalMain.class, command);
        try {
            waitForCheckpoints("jdbc:postgresql://localhost:" + dbPort + "/postgres", 6, 300);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; its output:\n" + Files.readString(dir.resolve("first.log")), e);
        } finally {
            first.destroyForcibly(); // kill -9 the whole platform: server, worker, client
            first.waitFor();
        }
        assertTrue(Files.readString(dir.resolve("first.log")).contains("synth: "), "the first run synthesized");

        String[] again = command.clone();
        again[4] = String.valueOf(Processes.freePort()); // a fresh Temporal test server
        Process second = Processes.java(dir.resolve("second.log"), DescentLocalMain.class, again);
        assertTrue(second.waitFor(240, TimeUnit.SECONDS), "the restarted run ends");
        String log = Files.readString(dir.resolve("second.log"));
        assertEquals(0, second.exitValue(), log);
        assertTrue(log.contains("experiment restart: completed"), log);
        assertTrue(!log.contains("synth: ") && !log.contains("prepare: "), "the dataset was not made again:\n" + log);

        List<String> attempts = Files.readAllLines(home.resolve("runs/restart/gan-s2i/attempts.log"));
        assertEquals(2, attempts.size(), attempts.toString());
        assertEquals("start 1", attempts.get(0));
        assertTrue(Long.parseLong(attempts.get(1).substring(6)) > 6, "resumed from a checkpoint: " + attempts);

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(dbPort).setDataDirectory(home.resolve("pg"))
                .setCleanDataDirectory(false).start()) {
            Database db = new Database(pg.getPostgresDatabase());
            assertEquals("completed", value(db, "SELECT status FROM experiment WHERE id = 'restart'"));
            assertEquals("dataset,gan-s2i,pairs,source", value(db, "SELECT string_agg(name, ',' ORDER BY name) FROM step"));
            assertEquals(1L, value(db, "SELECT count(*) FROM dataset"));
            assertEquals(2, value(db, "SELECT attempts FROM trial WHERE id = 'restart/gan-s2i'"));
            assertEquals((long) STEPS, value(db, "SELECT count(DISTINCT step) FROM checkpoint"));
            assertEquals((long) STEPS, value(db, "SELECT count(*) FROM checkpoint"));
            assertEquals("pairs,weights", value(db, "SELECT string_agg(kind, ',' ORDER BY kind) FROM artifact"));
            assertEquals(DescentTrainer.expectedW(STEPS, 3.0), (Double) value(db,
                    "SELECT value FROM metric WHERE trial_id = 'restart/gan-s2i' AND name = 'w'"), 1e-12);
        }
    }

    private static Object value(Database db, String sql) {
        return db.inTransaction(c -> Statements.value(c, sql));
    }

    private static void waitForCheckpoints(String url, long atLeast, int seconds) throws InterruptedException {
        Database db = Database.at(url, "postgres", "postgres");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                Object n = db.inTransaction(c -> Statements.value(c, "SELECT count(*) FROM checkpoint"));
                if (((Number) n).longValue() >= atLeast) return;
            } catch (RuntimeException notYet) {
                // the database or its schema is not up yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the first run wrote no " + atLeast + " checkpoints in " + seconds + " s");
    }
}

package org.synesthesia.activities;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.activities.records.Database;

/** A real PostgreSQL for one test class, migrated, with small query helpers for assertions. */
public final class EmbeddedRecords implements AutoCloseable {
    private final EmbeddedPostgres pg;
    public final Database db;

    public EmbeddedRecords() {
        try {
            pg = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = new Database(pg.getPostgresDatabase()).migrate();
    }

    /** Empties every table, so that each test starts from a fresh schema's state. */
    public void clear() {
        db.inTransaction(c -> update(c, "TRUNCATE experiment, step, dataset, sweep, trial, checkpoint, artifact, metric, "
                + "prediction, human_evaluation, human_rating CASCADE"));
    }

    /** The rows of a query, each as a list of its columns' values. */
    public List<List<Object>> rows(String sql) {
        return db.inTransaction(c -> {
            List<List<Object>> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) row.add(r.getObject(i));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /** The single value of a query. */
    public Object value(String sql) { return rows(sql).get(0).get(0); }

    public long count(String sql) { return ((Number) value(sql)).longValue(); }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    @Override
    public void close() throws IOException { pg.close(); }
}

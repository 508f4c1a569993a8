package org.synesthesia.activities.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Runs one parameterized statement; nulls are typed so PostgreSQL accepts them anywhere. */
public final class Statements {
    private Statements() {}

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public static Object value(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getObject(1) : null;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) s.setNull(i + 1, Types.OTHER);
            else s.setObject(i + 1, params[i]);
        }
        return s;
    }
}

package org.synesthesia.activities.records;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** The experiment records' PostgreSQL: connections, the schema migrations, and transactions. */
public final class Database {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> { T run(Connection c) throws SQLException; }

    private final DataSource source;

    public Database(DataSource source) { this.source = source; }

    /** A database at a JDBC URL such as {@code jdbc:postgresql://db:5432/synesthesia}. */
    public static Database at(String jdbcUrl, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        if (user != null) ds.setUser(user);
        if (password != null) ds.setPassword(password);
        return new Database(ds);
    }

    /** Brings the schema up to date with the migrations packaged under {@code db/migration}. */
    public Database migrate() {
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        return this;
    }

    public DataSource source() { return source; }

    /** Runs {@code work} in a transaction, committing when it returns and rolling back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RecordsException(e);
        }
    }
}

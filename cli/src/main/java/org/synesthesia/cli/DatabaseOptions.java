package org.synesthesia.cli;

import org.synesthesia.activities.records.Database;
import picocli.CommandLine.Option;

/** The records database options that the rating app and the study report share with the worker. */
final class DatabaseOptions {
    @Option(names = "--db", defaultValue = "${env:SYNESTHESIA_DB_URL:-jdbc:postgresql://127.0.0.1:5432/synesthesia}",
            description = "JDBC URL of the records database (env SYNESTHESIA_DB_URL; default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:SYNESTHESIA_DB_USER:-synesthesia}",
            description = "Database user (env SYNESTHESIA_DB_USER; default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:SYNESTHESIA_DB_PASSWORD:-synesthesia}",
            description = "Database password (env SYNESTHESIA_DB_PASSWORD).")
    String password;

    Database open() { return Database.at(url, user, password).migrate(); }
}

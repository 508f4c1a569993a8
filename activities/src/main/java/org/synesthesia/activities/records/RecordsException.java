package org.synesthesia.activities.records;

import java.sql.SQLException;

/** The records database refused or failed a statement; activities let Temporal retry these. */
public final class RecordsException extends RuntimeException {
    public RecordsException(SQLException cause) {
        super("experiment records: " + cause.getMessage(), cause);
    }
}

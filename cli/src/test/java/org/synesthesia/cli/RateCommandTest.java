package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code synesthesia rate}'s defaults: loopback only unless told otherwise, and an unknown evaluation is a user error. */
class RateCommandTest {

    @Test
    void bindsToLoopbackByDefault() {
        RateCommand rate = new RateCommand();
        new CommandLine(rate).parseArgs("--evaluation", "x/human-panel");
        assertEquals("127.0.0.1", rate.bind);
    }

    @Test
    void aMissingEvaluationOptionIsAUsageError() {
        assertEquals(2, Main.execute("rate"));
    }
}

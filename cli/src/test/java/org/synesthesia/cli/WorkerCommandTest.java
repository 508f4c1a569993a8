package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The worker refuses a configuration it cannot serve, before it connects to anything. */
class WorkerCommandTest {
    private static String[] run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("synesthesia: " + Main.describe(e));
            return 2;
        });
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void anUnknownQueueIsRefusedWithTheKnownOnes() {
        String[] r = run("worker", "--queues", "cpu,tpu", "--metrics-port", "0");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("--queues: unknown queue tpu; use some of [workflows, cpu, gpu]"), r[1]);
    }

    @Test
    void aGpuBackendNeedsAGpuBuild() {
        String[] r = run("worker", "--queues", "gpu", "--backend", "gpu", "--metrics-port", "0");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("this build has no CUDA backend; build the worker with mvn -Pgpu package"), r[1]);
    }

    @Test
    void anUnknownBackendIsRefused() {
        String[] r = run("worker", "--backend", "tpu", "--metrics-port", "0");
        assertTrue(r[1].contains("--backend tpu is unknown; use cpu or gpu"), r[1]);
    }
}

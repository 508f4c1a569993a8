package org.synesthesia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.CoreDatasetSteps;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.sweep.SweepInput;
import org.synesthesia.workflows.sweep.SweepOutcome;
import org.synesthesia.workflows.sweep.SweepState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code synesthesia sweep start|pause|resume|stop|cancel|set-parallelism|status}: a search sweep
 * (type {@code Sweep}) on a Temporal cluster, by workflow id, with the same signals and query the
 * Temporal UI offers; {@code start --local} runs one on the embedded local platform instead.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Start and steer search sweeps (grid, random, TPE; ASHA or median early stopping).",
        subcommands = {SweepCommand.Start.class, SweepCommand.Pause.class, SweepCommand.Resume.class, SweepCommand.Stop.class,
                SweepCommand.Cancel.class, SweepCommand.SetParallelism.class, SweepCommand.Status.class, SweepCommand.Bench.class})
public final class SweepCommand implements Runnable {
    @Override
    public void run() { System.out.println("give a subcommand: start, pause, resume, stop, cancel, set-parallelism or status"); }

    /** Where the cluster is. */
    static final class Cluster {
        @Option(names = "--temporal", defaultValue = "${env:SYNESTHESIA_TEMPORAL:-127.0.0.1:7233}",
                description = "Temporal frontend HOST:PORT (env SYNESTHESIA_TEMPORAL; default: ${DEFAULT-VALUE}).")
        String temporal;

        @Option(names = "--namespace", defaultValue = "${env:SYNESTHESIA_NAMESPACE:-default}",
                description = "Temporal namespace (env SYNESTHESIA_NAMESPACE; default: ${DEFAULT-VALUE}).")
        String namespace;
    }

    /** A command on one running sweep. */
    abstract static class OnSweep implements Callable<Integer> {
        @Mixin Cluster cluster;

        @Parameters(index = "0", paramLabel = "ID", description = "The sweep's workflow id.")
        String id;

        @Override
        public Integer call() {
            try (TemporalConnection connection = TemporalConnection.to(cluster.temporal, cluster.namespace, null)) {
                return on(connection.client().newUntypedWorkflowStub(id));
            }
        }

        abstract int on(WorkflowStub sweep);
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "New trials wait; running ones go on.")
    static final class Pause extends OnSweep {
        int on(WorkflowStub s) { s.signal("pause"); return 0; }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "New trials start again.")
    static final class Resume extends OnSweep {
        int on(WorkflowStub s) { s.signal("resume"); return 0; }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "No new trials; running ones finish, then the sweep ends.")
    static final class Stop extends OnSweep {
        int on(WorkflowStub s) { s.signal("stop"); return 0; }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Running trials end at their next heartbeat; the sweep ends.")
    static final class Cancel extends OnSweep {
        int on(WorkflowStub s) { s.signal("cancel"); return 0; }
    }

    @Command(name = "set-parallelism", mixinStandardHelpOptions = true, description = "Change how many trials run at once.")
    static final class SetParallelism extends OnSweep {
        @Parameters(index = "1", paramLabel = "N", description = "Trials at once (at least 1).")
        int parallelism;

        int on(WorkflowStub s) {
            if (parallelism < 1) throw new BadInputException("set-parallelism needs N >= 1, not " + parallelism);
            s.signal("setParallelism", parallelism);
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Print the sweep's state: trials by status, best so far, running and pending.")
    static final class Status extends OnSweep {
        @Option(names = "--json", description = "Print the state as JSON.")
        boolean json;

        int on(WorkflowStub s) {
            SweepState state = s.query("state", SweepState.class);
            System.out.println(json ? Json.write(state) : describe(state));
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start a sweep from its JSON spec (as the Temporal UI does) and print its workflow id; --local runs it here.")
    static final class Start implements Callable<Integer> {
        @Mixin Cluster cluster;

        @Parameters(index = "0", paramLabel = "SWEEP.json", description = "The sweep's spec (docs/sweeps.md).")
        Path spec;

        @Option(names = "--id", description = "Workflow id; default: the spec's name.")
        String id;

        @Option(names = "--wait", description = "Wait for the sweep to end and print its outcome.")
        boolean await;

        @Option(names = "--local", description = "Run on the embedded local platform (Temporal test server, PostgreSQL, one worker) until the sweep ends.")
        boolean local;

        @Option(names = "--home", defaultValue = "synesthesia-local", description = "--local: folder for the database and runs (default: ${DEFAULT-VALUE}).")
        Path home;

        @Option(names = "--temporal-port", defaultValue = "7233", description = "--local: port of the Temporal test server (default: ${DEFAULT-VALUE}).")
        int temporalPort;

        @Option(names = "--db-port", defaultValue = "54329", description = "--local: port of the embedded PostgreSQL (default: ${DEFAULT-VALUE}).")
        int dbPort;

        @Option(names = "--parallel", defaultValue = "2", description = "--local: training activities the worker runs at once (default: ${DEFAULT-VALUE}).")
        int slots;

        @Override
        public Integer call() throws Exception {
            JsonNode json;
            SweepInput input;
            try {
                json = Json.MAPPER.readTree(Files.readString(spec));
                input = Json.MAPPER.treeToValue(json, SweepInput.class);
            } catch (IOException | IllegalArgumentException e) {
                throw new BadInputException(spec + " is not a valid sweep spec (" + e.getMessage() + "); see docs/sweeps.md", e);
            }
            try {
                org.synesthesia.activities.sweep.SearchSpecs.parse(input); // refuse it here, before anything starts
            } catch (IllegalArgumentException e) {
                throw new BadInputException(spec + ": " + e.getMessage() + "; see docs/sweeps.md", e);
            }
            String workflowId = id != null ? id : input.name();
            if (local) return runLocally(json, workflowId);
            try (TemporalConnection connection = TemporalConnection.to(cluster.temporal, cluster.namespace, null)) {
                return start(connection.client(), json, workflowId, await, System.out);
            }
        }

        private int runLocally(JsonNode json, String workflowId) throws Exception {
            PrintStream out = System.out;
            StepOptions options = StepOptions.of(Duration.ofHours(12), Duration.ofMinutes(2));
            LocalPlatform.Settings settings = new LocalPlatform.Settings(home, temporalPort, dbPort, true, new CoreDatasetSteps(),
                    Trainers.core(), options, 2, slots, Progress.NONE, new SimpleMeterRegistry());
            try (LocalPlatform platform = LocalPlatform.start(settings)) {
                out.println("local: Temporal test server at 127.0.0.1:" + temporalPort + ", records at " + platform.psql()
                        + "; steer with: synesthesia sweep pause|resume|stop|cancel|set-parallelism|status " + workflowId);
                return start(platform.client(), json, workflowId, true, out);
            }
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Trials random search and TPE need to reach a grid's best on the toy objective, over several seeds (BENCHMARKS.md).")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--seeds", defaultValue = "10", description = "Seeds per method (default: ${DEFAULT-VALUE}).")
        int seeds;

        @Option(names = "--cap", defaultValue = "400", description = "Trials per seed at most (default: ${DEFAULT-VALUE}).")
        int cap;

        @Option(names = "--grid-points", defaultValue = "4", description = "Values of each range in the grid (default: ${DEFAULT-VALUE}).")
        int gridPoints;

        @Override
        public Integer call() {
            double[] grid = org.synesthesia.sweep.SamplerBenchmark.grid(gridPoints);
            System.out.printf(Locale.ROOT, "grid: %d points, best %.4f%n", (int) grid[1], grid[0]);
            for (String method : new String[] {"random", "tpe"}) {
                long t0 = System.nanoTime();
                var r = org.synesthesia.sweep.SamplerBenchmark.run(method, grid[0], seeds, cap);
                System.out.printf(Locale.ROOT, "%-6s median %.1f trials to the grid's best, reached in %d of %d seeds within %d; per seed %s (%.1f s)%n",
                        method, r.median(), r.reached(), seeds, cap, java.util.Arrays.toString(r.trialsToGridBest()), (System.nanoTime() - t0) / 1e9);
            }
            return 0;
        }
    }

    /** Starts the sweep by type name with the spec's JSON, as the Temporal UI does; with {@code await}, follows it to the end. */
    static int start(WorkflowClient client, JsonNode json, String workflowId, boolean await, PrintStream out) throws InterruptedException {
        WorkflowStub stub = client.newUntypedWorkflowStub("Sweep",
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(workflowId).build());
        stub.start(json, null);
        out.println(workflowId);
        if (!await) return 0;
        var result = stub.getResultAsync(SweepOutcome.class);
        String last = "";
        while (!result.isDone()) {
            try {
                String now = describe(stub.query("state", SweepState.class));
                if (!now.equals(last)) out.println(now);
                last = now;
            } catch (RuntimeException e) {
                // the run may be between continue-as-new runs or finishing; the next poll sees it
            }
            Thread.sleep(2000);
        }
        SweepOutcome outcome = result.join();
        out.printf(Locale.ROOT, "sweep %s %s (%s): trials %s; best %s = %s%n", outcome.sweepId(), outcome.status(), outcome.reason(),
                outcome.trials(), outcome.bestTrialId(), outcome.bestValue());
        return "failed".equals(outcome.status()) ? 1 : 0;
    }

    static String describe(SweepState s) {
        if (s.sweepId() == null) return "sweep starting";
        return String.format(Locale.ROOT, "%s %s: %d of %d suggested, parallelism %d, trials %s, running %s, best %s = %s",
                s.sweepId(), s.status(), s.nextIndex(), s.trialLimit(), s.parallelism(), s.trials(), s.running(),
                s.bestTrialId(), s.bestValue());
    }
}

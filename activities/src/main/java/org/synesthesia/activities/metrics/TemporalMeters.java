package org.synesthesia.activities.metrics;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;

/**
 * The Temporal SDK's own metrics (task slots, poll latencies, schedule-to-start, activity and
 * workflow task latencies: {@code temporal_*}) reported into a worker's registry, through the
 * tally scope the SDK takes in {@code WorkflowServiceStubsOptions.setMetricsScope}.
 */
public final class TemporalMeters {
    private TemporalMeters() {}

    /** A scope that flushes into {@code registry} every second; close it with the service stubs. */
    public static Scope scope(MeterRegistry registry) {
        return new RootScopeBuilder().reporter(new MicrometerClientStatsReporter(registry))
                .reportEvery(com.uber.m3.util.Duration.ofSeconds(1));
    }

    /** Stops a scope's reporting thread; a failed last flush loses one second of SDK metrics, nothing more. */
    public static void close(Scope scope) {
        if (scope == null) return;
        try {
            scope.close();
        } catch (com.uber.m3.tally.ScopeCloseException e) {
            // nothing to do: the process is shutting the client down anyway
        }
    }
}

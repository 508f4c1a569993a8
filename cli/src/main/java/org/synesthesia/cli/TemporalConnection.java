package org.synesthesia.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import org.synesthesia.activities.metrics.TemporalMeters;

/** A client of a Temporal cluster at HOST:PORT in a namespace. */
record TemporalConnection(WorkflowServiceStubs service, WorkflowClient client) implements AutoCloseable {
    static TemporalConnection to(String target, String namespace, String identity) { return to(target, namespace, identity, null); }

    /** With the SDK's own metrics ({@code temporal_*}) reported into {@code metrics} (null: none). */
    static TemporalConnection to(String target, String namespace, String identity, MeterRegistry metrics) {
        WorkflowServiceStubsOptions.Builder stubs = WorkflowServiceStubsOptions.newBuilder().setTarget(target);
        if (metrics != null) stubs.setMetricsScope(TemporalMeters.scope(metrics));
        WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(stubs.build());
        WorkflowClientOptions.Builder options = WorkflowClientOptions.newBuilder().setNamespace(namespace);
        if (identity != null) options.setIdentity(identity);
        return new TemporalConnection(service, WorkflowClient.newInstance(service, options.build()));
    }

    @Override
    public void close() { service.shutdown(); }
}

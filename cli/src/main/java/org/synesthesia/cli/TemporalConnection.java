package org.synesthesia.cli;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;

/** A client of a Temporal cluster at HOST:PORT in a namespace. */
record TemporalConnection(WorkflowServiceStubs service, WorkflowClient client) implements AutoCloseable {
    static TemporalConnection to(String target, String namespace, String identity) {
        WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
                WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
        WorkflowClientOptions.Builder options = WorkflowClientOptions.newBuilder().setNamespace(namespace);
        if (identity != null) options.setIdentity(identity);
        return new TemporalConnection(service, WorkflowClient.newInstance(service, options.build()));
    }

    @Override
    public void close() { service.shutdown(); }
}

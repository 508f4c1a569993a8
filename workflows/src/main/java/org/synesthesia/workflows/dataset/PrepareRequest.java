package org.synesthesia.workflows.dataset;

/** Pairs to prepare (and split by piece) from a source, for the experiment's dataset {@code name} ({@link DatasetRequest}). */
public record PrepareRequest(String experimentId, String name, DatasetSpec spec, SourceResult source) {
    public PrepareRequest {
        if (name == null) name = DatasetRequest.MAIN;
    }
}

package org.synesthesia.workflows.dataset;

/** Pairs to prepare (and split by piece) from a source. */
public record PrepareRequest(String experimentId, DatasetSpec spec, SourceResult source) {}

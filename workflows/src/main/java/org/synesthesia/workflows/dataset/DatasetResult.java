package org.synesthesia.workflows.dataset;

/** A prepared, split and recorded pair store. */
public record DatasetResult(String datasetId, String pairsPath, String source, boolean synthesized,
                            int pairs, int train, int test) {}

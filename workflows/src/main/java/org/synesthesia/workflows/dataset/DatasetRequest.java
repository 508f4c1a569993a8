package org.synesthesia.workflows.dataset;

/** The input of DatasetComposition: whose dataset, and from what. */
public record DatasetRequest(String experimentId, DatasetSpec spec) {
    public DatasetRequest {
        if (spec == null) spec = DatasetSpec.synthesized("tiny", 1);
    }
}

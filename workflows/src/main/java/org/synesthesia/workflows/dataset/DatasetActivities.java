package org.synesthesia.workflows.dataset;

import io.temporal.activity.ActivityInterface;

/** The data steps, through core's synthesizer and preparer. Idempotent per experiment. CPU queue. */
@ActivityInterface
public interface DatasetActivities {
    /** Synthesizes the preset into the experiment's run folder (resuming a killed run). */
    SourceResult synthesizeSource(DatasetRequest request);

    /** Checks that an existing source folder is there; bad input otherwise. */
    SourceResult locateSource(DatasetRequest request);

    /** Prepares the pair store, split into train and test by piece. */
    DatasetResult preparePairs(PrepareRequest request);

    /** Records the dataset, its manifest and the store's checksums. */
    DatasetResult recordDataset(DatasetResult prepared);
}

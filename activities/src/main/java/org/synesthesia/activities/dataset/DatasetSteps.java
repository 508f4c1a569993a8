package org.synesthesia.activities.dataset;

import java.nio.file.Path;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.dataset.DatasetSpec;

/** The seam where core's synthesizer and preparer plug into the dataset activities. */
public interface DatasetSteps {

    /**
     * Counts of a prepared pair store, and what this run of the preparer read ({@code
     * secondsOfPerformance} in {@code wallSeconds}) and skipped as bad files: the worker's data metrics.
     */
    record PreparedPairs(int pairs, int train, int test, double secondsOfPerformance, double wallSeconds, int skippedFiles) {
        public PreparedPairs(int pairs, int train, int test) { this(pairs, train, test, 0, 0, 0); }
    }

    /** Writes a URMP-style dataset for {@code spec}'s preset and seed into {@code out}, resuming a partial one. */
    void synthesize(DatasetSpec spec, Path out, Progress progress) throws Exception;

    /** Prepares {@code source} into a pair store at {@code out}, split into train and test by piece. */
    PreparedPairs prepare(DatasetSpec spec, Path source, Path out, Progress progress) throws Exception;
}

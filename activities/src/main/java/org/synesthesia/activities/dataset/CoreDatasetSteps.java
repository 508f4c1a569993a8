package org.synesthesia.activities.dataset;

import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import org.synesthesia.progress.Progress;
import org.synesthesia.synth.DatasetSynthesizer;
import org.synesthesia.synth.SynthConfig;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.dataset.DatasetSpec;

/** The dataset steps through core: the built-in synthesizer, and the pair preparer. */
public final class CoreDatasetSteps implements DatasetSteps {
    @Override
    public void synthesize(DatasetSpec spec, Path out, Progress progress) throws Exception {
        DatasetSynthesizer.synthesize(SynthConfig.preset(spec.preset(), spec.seed()), out, progress);
    }

    @Override
    public PreparedPairs prepare(DatasetSpec spec, Path source, Path out, Progress progress) {
        throw ApplicationFailure.newNonRetryableFailure(
                "pair preparation is not in core yet (it comes with the prepare branch); " + source + " cannot be prepared",
                StepOptions.UNAVAILABLE);
    }
}

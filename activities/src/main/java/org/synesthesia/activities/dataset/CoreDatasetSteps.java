package org.synesthesia.activities.dataset;

import java.nio.file.Path;
import java.util.Arrays;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.io.BadInputException;
import org.synesthesia.prepare.PrepareConfig;
import org.synesthesia.prepare.PrepareReport;
import org.synesthesia.prepare.Preparer;
import org.synesthesia.progress.Progress;
import org.synesthesia.synth.DatasetSynthesizer;
import org.synesthesia.synth.SynthConfig;
import org.synesthesia.workflows.dataset.DatasetSpec;

/** The dataset steps through core: the built-in synthesizer, and the pair preparer (which splits by recording). */
public final class CoreDatasetSteps implements DatasetSteps {
    @Override
    public void synthesize(DatasetSpec spec, Path out, Progress progress) throws Exception {
        SynthConfig config = SynthConfig.preset(spec.preset(), spec.seed());
        SynthConfig.Poses poses = SynthConfig.Poses.named(spec.poses())
                .orElseThrow(() -> new BadInputException("dataset poses '" + spec.poses() + "' is unknown; use played or drawn"));
        // drawn poses are the pose regressor's pictures, and it reads only the instruments that show a bow or a slide
        if (poses == SynthConfig.Poses.DRAWN) {
            config = config.withPoses(poses).withInstruments(Arrays.stream(Instrument.values()).filter(Pose::showsMovingPart).toList());
        }
        DatasetSynthesizer.synthesize(config, out, progress);
    }

    @Override
    public PreparedPairs prepare(DatasetSpec spec, Path source, Path out, Progress progress) throws Exception {
        PrepareConfig config = PrepareConfig.defaults(spec.format())
                .withImageSize(spec.imageSize())
                .withSampleRate(spec.sampleRate())
                .withChunkSeconds(spec.chunkSeconds())
                .withSplit(spec.testFraction(), spec.splitSeed());
        PrepareReport report = Preparer.prepare(config, source, out, progress);
        return new PreparedPairs(report.pairs(), report.train(), report.test(), report.secondsOfPerformance(), report.wallSeconds(),
                report.skipped().size());
    }
}

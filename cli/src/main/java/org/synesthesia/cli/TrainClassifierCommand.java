package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierEvaluation;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;
import org.synesthesia.progress.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synesthesia train classifier}: an instrument classifier on a pair store. */
@Command(name = "classifier", mixinStandardHelpOptions = true,
        description = {"Train a 13-way instrument classifier (or the image pose regressor) on a pair store.",
                "Its penultimate layer is the embedding generators condition on. A killed run resumes from its checkpoint."})
public final class TrainClassifierCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "Pair store made by 'synesthesia data prepare'.")
    Path data;

    @Option(names = "--out", required = true, description = "Run folder (created; an unfinished run there resumes).")
    Path out;

    @Option(names = "--modality", required = true, description = "audio or image.")
    String modality;

    @Option(names = "--encoding", description = "For audio: lms, cqt or wave (default lms).")
    String encoding;

    @Option(names = "--role", defaultValue = "encoder", description = "encoder (conditions generators), judge (grades them) or pose (image to pose). Default ${DEFAULT-VALUE}.")
    String role;

    @Option(names = "--keep-pose", description = "Encoder with auxiliary pitch and pose heads, for pose-oriented generation.")
    boolean keepPose;

    @Option(names = "--epochs", description = "Passes over the train split.")
    Integer epochs;

    @Option(names = "--width", description = "Channel multiplier of the convolutional trunk (default 8 for audio encoders, 16 for image encoders, 12 for judges).")
    Integer width;

    @Option(names = "--seed", description = "Seed of weights, order and augmentation.")
    Long seed;

    @Option(names = "--no-augment", description = "Train on the pairs as they are.")
    boolean noAugment;

    @Option(names = "--config", description = "A JSON ClassifierConfig; options given here override it.")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        Encoding enc = switch (modality.toLowerCase(Locale.ROOT)) {
            case "image" -> Encoding.IMAGE;
            case "audio" -> encoding == null ? Encoding.LMS : Encoding.parse(encoding);
            default -> throw new IllegalArgumentException("--modality must be audio or image, not '" + modality + "'");
        };
        if (enc == Encoding.IMAGE && encoding != null && !encoding.equalsIgnoreCase("image")) {
            throw new IllegalArgumentException("--encoding is for audio; images have one encoding");
        }
        ClassifierConfig c = configFile != null ? org.synesthesia.io.Json.readFile(configFile, ClassifierConfig.class)
                : ClassifierConfig.defaults(enc, role);
        c = new ClassifierConfig(enc, role, keepPose || c.keepPose(), c.keepPoseWeight(), c.embeddingSize(), width != null ? width : c.width(),
                epochs != null ? epochs : c.epochs(), c.batchSize(), c.learningRate(), c.decay(), seed != null ? seed : c.seed(),
                !noAugment && c.augment(), c.checkpointEvery());
        ClassifierRun.Record r = ClassifierRun.train(c, data, out, new TerminalProgress(System.err, "steps").unit("features", "splits"), s -> {});
        ClassifierEvaluation e = r.test();
        System.out.println(summary(r));
        if (e.examples() == 0) System.out.println("(the test split is empty: nothing was judged)");
        return 0;
    }

    static String summary(ClassifierRun.Record r) {
        String head = String.format(Locale.ROOT, "%s %s: %d steps in %.0f s; ", r.config().encoding().id(),
                r.config().role(), r.steps(), r.trainSeconds());
        String probe = r.poseProbe() == null || r.poseProbe().examples() == 0 ? "" : String.format(Locale.ROOT,
                "%npose kept by the embedding (ridge probe): MAE %.4f vs %.4f for the mean, %.0f%% kept",
                r.poseProbe().mae(), r.poseProbe().maeOfMean(), 100 * r.poseProbe().kept());
        String train = r.train() == null || Double.isNaN(r.train().accuracy()) ? ""
                : String.format(Locale.ROOT, "%ntrain split: accuracy %.4f", r.train().accuracy());
        return head + evaluationSummary(r.test()) + train + probe;
    }

    static String evaluationSummary(ClassifierEvaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "pairs %d", e.examples()));
        if (!Double.isNaN(e.accuracy())) {
            sb.append(String.format(Locale.ROOT, ", accuracy %.4f%n", e.accuracy()));
            Instrument[] all = Instrument.values();
            sb.append(String.join(" ", Arrays.stream(all).map(i -> String.format(Locale.ROOT, "%s=%s", i.code(),
                    Double.isNaN(e.perInstrument()[i.index()]) ? "-" : String.format(Locale.ROOT, "%.2f", e.perInstrument()[i.index()]))).toList()));
        }
        ClassifierEvaluation.PoseScores p = e.pose();
        if (p != null) {
            sb.append(String.format(Locale.ROOT, "%npose MAE %.4f (predicting the mean: %.4f, each instrument's mean: %.4f);",
                    p.overall(), p.overallOfMean(), p.overallOfInstrumentMean()));
            for (int j = 0; j < Pose.SIZE; j++) {
                if (p.count()[j] == 0) continue;
                sb.append(String.format(Locale.ROOT, " %s %.3f (%.3f, %.3f)", Pose.NAMES[j], p.mae()[j], p.maeOfMean()[j], p.maeOfInstrumentMean()[j]));
            }
        }
        return sb.toString();
    }
}

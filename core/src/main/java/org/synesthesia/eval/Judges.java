package org.synesthesia.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;

/**
 * The judging networks' run folders: a sound judge, an image judge and the image pose regressor
 * ({@code pose} may be null: then no pose error is measured). They are trained apart from the
 * encoders (another architecture and seed), so that a generator is not graded by its own condition.
 * Beside {@code audio} and {@code image}, folders of the same name with {@code -2}, {@code -3}, ...
 * add judges to a panel ({@link JudgePanel}) that judges together.
 */
public record Judges(Path audio, Path image, Path pose) {

    /**
     * The sub-folders {@code DIR/audio}, {@code DIR/image} and, when present, {@code DIR/pose}; or
     * {@code judge-audio}, {@code judge-image} and {@code judge-pose}, as an experiment's run folder holds them.
     */
    public static Judges in(Path dir) {
        String prefix = Files.isDirectory(dir.resolve("audio")) || Files.isDirectory(dir.resolve("image")) ? "" : "judge-";
        Path pose = dir.resolve(prefix + "pose");
        return new Judges(dir.resolve(prefix + "audio"), dir.resolve(prefix + "image"), Files.isRegularFile(pose.resolve(ClassifierRun.RECORD)) ? pose : null);
    }

    /** The judges of S2I's images ({@code images}) or of I2S's sounds: the folder's judge, and those of its {@code -2}, {@code -3}, ... siblings. */
    public JudgePanel panel(boolean images) throws IOException {
        Path first = images ? image : audio;
        Encoding.Modality modality = images ? Encoding.Modality.IMAGE : Encoding.Modality.AUDIO;
        List<Classifier> members = new ArrayList<>(List.of(load(first, modality)));
        List<Path> runs = new ArrayList<>(List.of(first));
        for (int n = 2; ; n++) {
            Path next = first.resolveSibling(first.getFileName() + "-" + n);
            if (!Files.isRegularFile(next.resolve(ClassifierRun.RECORD))) break;
            members.add(load(next, modality));
            runs.add(next);
        }
        return new JudgePanel(members, runs);
    }

    /** The pose regressor, or null when there is none. */
    public Classifier loadPose() throws IOException {
        if (pose == null) return null;
        Classifier c = load(pose, Encoding.Modality.IMAGE);
        if (!c.record().config().role().equals("pose")) throw new BadInputException(pose + " is a " + c.record().config().role() + ", not a pose regressor: train one with role pose");
        return c;
    }

    private static Classifier load(Path run, Encoding.Modality modality) throws IOException {
        if (run == null || !Files.isRegularFile(run.resolve(ClassifierRun.RECORD))) {
            throw new BadInputException(run + " holds no trained judge (" + ClassifierRun.RECORD + "): train it with 'synesthesia train classifier' first");
        }
        Classifier c = Classifier.load(run);
        if (c.features().encoding().modality() != modality) {
            throw new BadInputException(run + " reads " + c.features().encoding().id() + ", but this judge must read "
                    + (modality == Encoding.Modality.AUDIO ? "sound" : "images") + ": pass the right judge folder");
        }
        return c;
    }
}

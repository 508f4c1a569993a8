package org.synesthesia.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;

/**
 * The judging networks' run folders: a sound judge, an image judge and the image pose regressor
 * ({@code pose} may be null: then no pose error is measured). They are trained apart from the
 * encoders (another architecture and seed), so that a generator is not graded by its own condition.
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

    /** The judge of the sound side (what judges I2S samples). */
    public Classifier loadAudio() throws IOException { return load(audio, Encoding.Modality.AUDIO); }

    /** The judge of the image side (what judges S2I samples). */
    public Classifier loadImage() throws IOException { return load(image, Encoding.Modality.IMAGE); }

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

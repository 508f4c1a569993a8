package org.synesthesia.nn;

/**
 * Everything that makes a classifier run, serialized as {@code classifier.json} beside its weights.
 *
 * @param encoding        what the network reads
 * @param role            {@code encoder} (conditions the generators), {@code judge} (grades them:
 *                        another architecture and seed), or {@code pose} (image to the renderer's pose)
 * @param keepPose        encoders only: add auxiliary pitch and pose heads so that the embedding keeps
 *                        what pose-oriented generation needs
 * @param embeddingSize   width of the penultimate layer, the embedding the generators condition on
 * @param width           channel multiplier of the convolutional trunk
 * @param epochs          passes over the training split
 * @param batchSize       pairs per step
 * @param learningRate    Adam's step size
 * @param decay           the step size falls linearly to zero over the run instead of staying
 *                        put: the last steps settle into a minimum rather than hop around one.
 *                        Runs written before this field read it as false, which is how they trained
 * @param seed            weights, data order and augmentation all follow from it
 * @param augment         random EQ, gain, noise and masks on training inputs, for robustness to
 *                        instruments recorded differently
 * @param checkpointEvery steps between resumable checkpoints
 */
public record ClassifierConfig(Encoding encoding, String role, boolean keepPose, int embeddingSize, int width,
                               int epochs, int batchSize, double learningRate, boolean decay, long seed, boolean augment,
                               int checkpointEvery) {

    public ClassifierConfig {
        if (!role.equals("encoder") && !role.equals("judge") && !role.equals("pose")) {
            throw new IllegalArgumentException("role must be encoder, judge or pose, not '" + role + "'");
        }
        if (role.equals("pose") && encoding != Encoding.IMAGE) {
            throw new IllegalArgumentException("the pose regressor reads images");
        }
        if (epochs < 1 || batchSize < 1 || embeddingSize < 1 || width < 1 || checkpointEvery < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("epochs, batch size, embedding size, width, checkpoint interval and learning rate must be positive");
        }
    }

    /**
     * The default for a role and encoding; judges differ from encoders in architecture and seed.
     * Image encoders are twice as wide and train longer: over 352 recordings a width-8 image
     * encoder reached 0.59 test accuracy (1.00 on train) and width 16 0.67; over 524, 0.82.
     */
    public static ClassifierConfig defaults(Encoding encoding, String role) {
        long seed = role.equals("encoder") ? 1 : 7919;
        boolean image = encoding == Encoding.IMAGE;
        int width = role.equals("encoder") ? (image ? 16 : 8) : 12;
        // the pose regressor sees only the five pose-oriented instruments: 40 of its epochs are about
        // 1,800 steps on the medium preset, where its bow error was still falling at 1,500
        int epochs = role.equals("pose") ? 40 : image ? 20 : 15;
        return new ClassifierConfig(encoding, role, false, 128, width, epochs, 32, 2e-3, true, seed, true, 200);
    }

    public ClassifierConfig withEpochs(int e) {
        return new ClassifierConfig(encoding, role, keepPose, embeddingSize, width, e, batchSize, learningRate, decay, seed, augment, checkpointEvery);
    }

    public ClassifierConfig withSeed(long s) {
        return new ClassifierConfig(encoding, role, keepPose, embeddingSize, width, epochs, batchSize, learningRate, decay, s, augment, checkpointEvery);
    }

    public ClassifierConfig withCheckpointEvery(int n) {
        return new ClassifierConfig(encoding, role, keepPose, embeddingSize, width, epochs, batchSize, learningRate, decay, seed, augment, n);
    }
}

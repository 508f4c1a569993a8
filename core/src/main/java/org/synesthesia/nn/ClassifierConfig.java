package org.synesthesia.nn;

/**
 * Everything that makes a classifier run, serialized as {@code classifier.json} beside its weights.
 *
 * @param encoding        what the network reads
 * @param role            {@code encoder} (conditions the generators), {@code judge} (grades them:
 *                        another architecture and seed), or {@code pose} (image to the renderer's pose)
 * @param keepPose        encoders only: add auxiliary pitch and pose heads so that the embedding keeps
 *                        what pose-oriented generation needs
 * @param keepPoseWeight  the weight of those heads' losses beside the instrument's. At 1 the CQT
 *                        encoder read the hand no better on its train split than on its test split
 *                        (0.061, 0.063 against 0.107 for each instrument's mean) while it named every
 *                        training instrument: the small squared errors gave the trunk little reason
 *                        to resolve the pitch. Configs written before it read it as 0, meaning 1
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
public record ClassifierConfig(Encoding encoding, String role, boolean keepPose, double keepPoseWeight, int embeddingSize, int width,
                               int epochs, int batchSize, double learningRate, boolean decay, long seed, boolean augment,
                               int checkpointEvery) {

    public ClassifierConfig {
        if (!role.equals("encoder") && !role.equals("judge") && !role.equals("pose")) {
            throw new IllegalArgumentException("role must be encoder, judge or pose, not '" + role + "'");
        }
        if (role.equals("pose") && encoding != Encoding.IMAGE) {
            throw new IllegalArgumentException("the pose regressor reads images");
        }
        if (keepPoseWeight == 0) keepPoseWeight = 1;
        if (keepPoseWeight < 0) throw new IllegalArgumentException("keepPoseWeight must be positive");
        if (epochs < 1 || batchSize < 1 || embeddingSize < 1 || width < 1 || checkpointEvery < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("epochs, batch size, embedding size, width, checkpoint interval and learning rate must be positive");
        }
    }

    /**
     * keepPoseWeight by default. On the medium pairs' CQT encoder the hand error fell from 0.068 at
     * 1 to 0.050 at 10 and 0.045 at 30 (15 epochs), and to 0.036 at 30 over 40 epochs, against 0.053
     * at 1 over 40; each instrument's mean scores 0.107 (BENCHMARKS.md). Instrument accuracy fell from
     * 0.914 to 0.875 at 15 epochs and came back to 0.885-0.919 at 40.
     */
    public static final double KEEP_POSE_WEIGHT = 30;

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
        return new ClassifierConfig(encoding, role, false, KEEP_POSE_WEIGHT, 128, width, epochs, 32, 2e-3, true, seed, true, 200);
    }

    public ClassifierConfig withEpochs(int e) {
        return new ClassifierConfig(encoding, role, keepPose, keepPoseWeight, embeddingSize, width, e, batchSize, learningRate, decay, seed, augment, checkpointEvery);
    }

    public ClassifierConfig withSeed(long s) {
        return new ClassifierConfig(encoding, role, keepPose, keepPoseWeight, embeddingSize, width, epochs, batchSize, learningRate, decay, s, augment, checkpointEvery);
    }

    public ClassifierConfig withCheckpointEvery(int n) {
        return new ClassifierConfig(encoding, role, keepPose, keepPoseWeight, embeddingSize, width, epochs, batchSize, learningRate, decay, seed, augment, n);
    }
}

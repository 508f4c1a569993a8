package org.synesthesia.synth;

import java.util.SplittableRandom;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * A performer who moves independently of the music: a pose is drawn at random every
 * {@value #KNOT_SECONDS} s and the picture eases from one to the next. The bow and the hand are
 * uniform over their whole range, the fingers one of the patterns {@link PoseTrack} draws, and the
 * instrument is raised at most knots. Pictures made this way teach a pose regressor to read the pose
 * off the picture: in {@link PoseTrack}'s recordings the hand follows the piece's register, which
 * changes little within a recording, so a regressor can learn each recording's look instead of its
 * hand (BENCHMARKS.md, the tenth session).
 */
public final class DrawnPoses {

    static final double KNOT_SECONDS = 0.25;
    /** Share of knots at which the instrument is partly or wholly lowered. */
    static final double LOWERED_SHARE = 0.15;

    private final Pose[] knots;

    /** Poses for {@code seconds} of {@code instrument}'s part, reproducibly from {@code seed}. */
    public DrawnPoses(Instrument instrument, double seconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        knots = new Pose[(int) Math.ceil(seconds / KNOT_SECONDS) + 2];
        boolean bowed = instrument.family() == Instrument.Family.BOWED;
        int patterns = instrument.family() == Instrument.Family.WOODWIND ? 11 : 6;
        for (int k = 0; k < knots.length; k++) {
            double bow = bowed ? random.nextDouble(0.05, 0.95) : 0.5;
            double fingers = random.nextInt(patterns + 1) / (double) patterns;
            double raised = random.nextDouble() < LOWERED_SHARE ? random.nextDouble() : 1;
            knots[k] = new Pose(bow, random.nextDouble(), fingers, raised);
        }
    }

    /** The pose at time {@code t} seconds: eased between the knots around it; the fingers change at the knot. */
    public Pose at(double t) {
        double x = Math.max(0, t) / KNOT_SECONDS;
        int k = Math.min((int) x, knots.length - 2);
        double u = Math.min(1, x - k);
        double g = u * u * (3 - 2 * u);
        Pose a = knots[k];
        Pose b = knots[k + 1];
        return new Pose(a.bow() + (b.bow() - a.bow()) * g, a.hand() + (b.hand() - a.hand()) * g, a.fingers(),
                a.raised() + (b.raised() - a.raised()) * g);
    }
}

package org.synesthesia.instrument;

/**
 * The playing pose that the performer renderer draws for one video frame, each parameter in [0, 1].
 * The same four numbers are carried as pose labels through the pair store and are what the pose
 * regressor predicts.
 *
 * @param bow     bowed strings: the bow's contact point along its length (0 frog, 1 tip); it
 *                sweeps during a note and turns at each onset. 0.5 for winds and brass.
 * @param hand    the left hand along the fingerboard, or the trombone slide's extension, or the
 *                key/valve hand's reach: follows pitch, normalized over the instrument's range.
 * @param fingers which fingers or valves are down, as a pitch-class pattern mapped to [0, 1].
 * @param raised  1 while playing, falling to 0 when the instrument is lowered in a long rest.
 */
public record Pose(double bow, double hand, double fingers, double raised) {

    /** Number of pose parameters. */
    public static final int SIZE = 4;

    /** Column names, in {@link #toArray()} order. */
    public static final String[] NAMES = {"bow", "hand", "fingers", "raised"};

    public Pose {
        check("bow", bow);
        check("hand", hand);
        check("fingers", fingers);
        check("raised", raised);
    }

    /** A performer at rest: instrument lowered, hands in the middle. */
    public static Pose rest() { return new Pose(0.5, 0.5, 0.0, 0.0); }

    /**
     * Which parameters a 64x64 picture of {@code instrument} shows, as a 0/1 weight per parameter in
     * {@link #NAMES} order. Every picture shows whether the instrument is raised. The bowed strings
     * show the bow and the left hand along the fingerboard, the trombone its slide ({@code hand}).
     * Fingers, keys and valves are under a pixel at that size, and the other winds' hand only tilts
     * the instrument by a few degrees, so those are labels no reader of the picture can recover.
     */
    public static float[] shown(Instrument instrument) {
        boolean bowed = instrument.family() == Instrument.Family.BOWED;
        return new float[] {bowed ? 1 : 0, bowed || instrument == Instrument.TROMBONE ? 1 : 0, 0, 1};
    }

    /** Whether pictures of {@code instrument} show a moving part (a bow or a slide), the pose-oriented instruments. */
    public static boolean showsMovingPart(Instrument instrument) {
        float[] s = shown(instrument);
        return s[0] + s[1] > 0;
    }

    public float[] toArray() { return new float[] {(float) bow, (float) hand, (float) fingers, (float) raised}; }

    public static Pose of(float[] v) {
        if (v.length != SIZE) throw new IllegalArgumentException("a pose has " + SIZE + " values, got " + v.length);
        return new Pose(clamp(v[0]), clamp(v[1]), clamp(v[2]), clamp(v[3]));
    }

    private static double clamp(double v) { return Math.max(0, Math.min(1, v)); }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("pose " + name + " must be in [0, 1], got " + v);
    }
}

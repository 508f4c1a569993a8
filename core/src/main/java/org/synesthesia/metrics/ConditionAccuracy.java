package org.synesthesia.metrics;

/**
 * Parts the generator's instrument errors from the encoder's. A generated sample can only be as
 * right as its condition: where the frozen encoder names a chunk's instrument wrongly, its embedding
 * points at another instrument. So the judge's top-1 is split by whether the encoder named the
 * sample's condition right, beside how often the sample follows what the encoder named.
 */
public final class ConditionAccuracy {

    /**
     * @param encoderTop1         share of samples whose condition the encoder names right
     * @param generatedWhereRight the judge's top-1 on those samples (NaN when there are none)
     * @param generatedWhereWrong the judge's top-1 on the others (NaN when there are none)
     * @param follows             share of samples the judge names as the encoder named their condition
     */
    public record Scores(double encoderTop1, double generatedWhereRight, double generatedWhereWrong, double follows,
                         int rightCount, int wrongCount) {}

    private ConditionAccuracy() {}

    /**
     * @param scores      the judge's class scores per generated sample {@code [n][classes]}
     * @param instruments the true instrument of each sample's condition {@code [n]}
     * @param conditions  which condition each sample was made from {@code [n]}
     * @param named       the instrument the encoder names for each condition {@code [m]}
     */
    public static Scores of(float[][] scores, int[] instruments, int[] conditions, int[] named) {
        int n = scores.length;
        if (instruments.length != n || conditions.length != n) throw new IllegalArgumentException("scores, instruments and conditions differ in length");
        int right = 0, rightHit = 0, wrongHit = 0, follows = 0;
        for (int i = 0; i < n; i++) {
            int said = named[conditions[i]];
            // top-1 as instrument_accuracy counts it: ties go against the sample
            boolean hit = InstrumentAccuracy.rank(scores[i], instruments[i]) == 0;
            if (said == instruments[i]) {
                right++;
                if (hit) rightHit++;
            } else if (hit) {
                wrongHit++;
            }
            if (InstrumentAccuracy.rank(scores[i], said) == 0) follows++;
        }
        int wrong = n - right;
        return new Scores(share(right, n), share(rightHit, right), share(wrongHit, wrong), share(follows, n), right, wrong);
    }

    private static double share(int k, int n) {
        return n == 0 ? Double.NaN : k / (double) n;
    }
}

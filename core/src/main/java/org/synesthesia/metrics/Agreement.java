package org.synesthesia.metrics;

/**
 * Agreement between two raters over the same items, e.g. people and the judging classifier naming
 * instruments: raw agreement and Cohen's kappa, {@code (po - pe) / (1 - pe)}, which discounts the
 * agreement the two raters' label frequencies would reach by chance.
 */
public record Agreement(int items, double raw, double kappa) {

    /** Agreement of {@code a} and {@code b}: labels in {@code [0, categories)} for the same items. */
    public static Agreement of(int[] a, int[] b, int categories) {
        int n = a.length;
        if (b.length != n) throw new IllegalArgumentException("raters labelled " + n + " and " + b.length + " items");
        if (n == 0) return new Agreement(0, Double.NaN, Double.NaN);
        int[] countA = new int[categories];
        int[] countB = new int[categories];
        int same = 0;
        for (int i = 0; i < n; i++) {
            countA[a[i]]++;
            countB[b[i]]++;
            if (a[i] == b[i]) same++;
        }
        double po = (double) same / n;
        double pe = 0;
        for (int c = 0; c < categories; c++) pe += ((double) countA[c] / n) * ((double) countB[c] / n);
        // Both raters always giving the same single label: agreement is total and kappa is taken as 1.
        double kappa = pe == 1 ? 1 : (po - pe) / (1 - pe);
        return new Agreement(n, po, kappa);
    }
}

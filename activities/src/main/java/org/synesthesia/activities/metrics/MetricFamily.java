package org.synesthesia.activities.metrics;

import java.util.Locale;

/** Which Prometheus family a recorded metric name belongs to, from the names core's trainers and metrics use. */
enum MetricFamily {
    ACCURACY, DISTANCE, LOSS, OTHER;

    static MetricFamily of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("loss") || n.startsWith("loss_") || n.endsWith("_loss")) return LOSS;
        if (n.contains("accuracy") || n.startsWith("recall_at_")) return ACCURACY;
        if (n.equals("fd") || n.equals("fid") || n.contains("frechet") || n.equals("kid") || n.contains("distance")
                || n.equals("mae") || n.endsWith("_mae") || n.endsWith("_error")) return DISTANCE;
        return OTHER;
    }

    /** {@code loss_d} and {@code d_loss} are loss {@code d}; a bare {@code loss} is {@code total}. */
    static String lossName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("loss")) return "total";
        if (n.startsWith("loss_")) return n.substring(5);
        return n.substring(0, n.length() - 5);
    }
}

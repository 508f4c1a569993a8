package org.synesthesia.report;

import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix as inline SVG: rows are the true instrument, columns the predicted one, each
 * cell shaded by its share of the row and labelled with its count.
 */
final class ConfusionSvg {

    private static final int CELL = 30;
    private static final int MARGIN = 46;

    private ConfusionSvg() {}

    static String of(ReportRun.Confusion c) {
        List<String> labels = c.labels();
        int n = c.counts().length;
        int size = MARGIN + n * CELL;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"confusion\" viewBox=\"0 0 %d %d\" width=\"%d\" role=\"img\" aria-label=\"%s\">",
                size + 4, size + 16, size + 4, Html.escape("confusion matrix, " + c.title())));
        s.append("<style>text{font:10px sans-serif}</style>");
        for (int i = 0; i < n; i++) {
            int row = 0;
            for (int v : c.counts()[i]) row += v;
            String label = i < labels.size() ? labels.get(i) : Integer.toString(i);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    MARGIN - 4, MARGIN + i * CELL + CELL / 2 + 4, Html.escape(label)));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    MARGIN + i * CELL + CELL / 2, MARGIN - 6, Html.escape(label)));
            for (int j = 0; j < n; j++) {
                int count = c.counts()[i][j];
                double share = row == 0 ? 0 : (double) count / row;
                // diagonal in blue, confusions in red, so that mistakes stand out
                String fill = i == j ? blend(share, 37, 99, 235) : blend(share, 220, 38, 38);
                int x = MARGIN + j * CELL, y = MARGIN + i * CELL;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#e5e7eb\"><title>%s → %s: %d</title></rect>",
                        x, y, CELL, CELL, fill, Html.escape(label), Html.escape(j < labels.size() ? labels.get(j) : Integer.toString(j)), count));
                if (count > 0) {
                    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%d</text>",
                            x + CELL / 2, y + CELL / 2 + 4, share > 0.55 ? "#fff" : "#111", count));
                }
            }
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">predicted →</text>", MARGIN + n * CELL / 2, size + 12));
        s.append("</svg>");
        return s.toString();
    }

    /** White blended towards (r, g, b) by {@code share}. */
    private static String blend(double share, int r, int g, int b) {
        int rr = (int) Math.round(255 + share * (r - 255));
        int gg = (int) Math.round(255 + share * (g - 255));
        int bb = (int) Math.round(255 + share * (b - 255));
        return String.format(Locale.ROOT, "#%02x%02x%02x", rr, gg, bb);
    }
}

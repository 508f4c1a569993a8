package org.synesthesia.report;

import java.util.Locale;

/** One training curve as a small inline SVG line chart with its range on the axes. */
final class CurveSvg {

    private static final int W = 320, H = 160, LEFT = 48, BOTTOM = 22, TOP = 20, RIGHT = 10;

    private CurveSvg() {}

    static String of(ReportRun.Curve c) {
        int n = c.values().length;
        double minX = n == 0 ? 0 : c.steps()[0], maxX = minX;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, c.steps()[i]);
            maxX = Math.max(maxX, c.steps()[i]);
            if (Double.isFinite(c.values()[i])) {
                minY = Math.min(minY, c.values()[i]);
                maxY = Math.max(maxY, c.values()[i]);
            }
        }
        if (!(maxY >= minY)) { minY = 0; maxY = 1; }
        if (maxY == minY) { minY -= 0.5; maxY += 0.5; }
        if (maxX == minX) maxX = minX + 1;
        double plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"curve\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", W, H, Html.escape(c.name())));
        s.append("<style>text{font:10px sans-serif;fill:#374151}</style>");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"13\" style=\"font-weight:600\">%s</text>", LEFT, Html.escape(c.name())));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"#f9fafb\" stroke=\"#d1d5db\"/>", LEFT, TOP, plotW, plotH));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LEFT - 4, TOP + 8, Html.number(maxY)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LEFT - 4, H - BOTTOM, Html.number(minY)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", LEFT, H - 6, Html.number(minX)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">step %s</text>", W - RIGHT, H - 6, Html.number(maxX)));
        s.append("<polyline fill=\"none\" stroke=\"#2563eb\" stroke-width=\"1.5\" points=\"");
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(c.values()[i])) continue;
            double x = LEFT + (c.steps()[i] - minX) / (maxX - minX) * plotW;
            double y = TOP + (maxY - c.values()[i]) / (maxY - minY) * plotH;
            s.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        s.append("\"/></svg>");
        return s.toString();
    }
}

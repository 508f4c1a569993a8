package org.synesthesia.render;

import java.awt.geom.Path2D;

/** Closed outlines of instrument bodies and tubes, symmetric about their local y axis. */
final class Outline {

    private Outline() {}

    /**
     * A smooth closed outline through (±half[i], y[i]) for y running from one end to the other,
     * closed across the axis at both ends (Catmull-Rom spline).
     */
    static Path2D smooth(double[] y, double[] half) {
        int n = y.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = half[i];
            py[i] = y[i];
            px[n + i] = -half[n - 1 - i];
            py[n + i] = y[n - 1 - i];
        }
        return spline(px, py);
    }

    /** A straight-edged closed outline through (±half[i], y[i]): tubes, joints and bells. */
    static Path2D taper(double[] y, double[] half) {
        Path2D p = new Path2D.Double();
        p.moveTo(half[0], y[0]);
        for (int i = 1; i < y.length; i++) p.lineTo(half[i], y[i]);
        for (int i = y.length - 1; i >= 0; i--) p.lineTo(-half[i], y[i]);
        p.closePath();
        return p;
    }

    /** A closed Catmull-Rom spline through the points. */
    static Path2D spline(double[] x, double[] y) {
        int n = x.length;
        Path2D p = new Path2D.Double();
        p.moveTo(x[0], y[0]);
        for (int i = 0; i < n; i++) {
            int a = (i - 1 + n) % n;
            int b = (i + 1) % n;
            int c = (i + 2) % n;
            p.curveTo(x[i] + (x[b] - x[a]) / 6, y[i] + (y[b] - y[a]) / 6,
                    x[b] - (x[c] - x[i]) / 6, y[b] - (y[c] - y[i]) / 6, x[b], y[b]);
        }
        p.closePath();
        return p;
    }

    /** An open Catmull-Rom spline through the points: the centre line of a bent tube. */
    static Path2D curve(double... xy) {
        int n = xy.length / 2;
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 0; i < n - 1; i++) {
            int a = Math.max(i - 1, 0);
            int b = i + 1;
            int c = Math.min(i + 2, n - 1);
            p.curveTo(xy[2 * i] + (xy[2 * b] - xy[2 * a]) / 6, xy[2 * i + 1] + (xy[2 * b + 1] - xy[2 * a + 1]) / 6,
                    xy[2 * b] - (xy[2 * c] - xy[2 * i]) / 6, xy[2 * b + 1] - (xy[2 * c + 1] - xy[2 * i + 1]) / 6,
                    xy[2 * b], xy[2 * b + 1]);
        }
        return p;
    }

    /** A straight tube from (x0, y0) to (x1, y1) whose half width goes from h0 to h1. */
    static Path2D segment(double x0, double y0, double h0, double x1, double y1, double h1) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        double nx = -(y1 - y0) / len;
        double ny = (x1 - x0) / len;
        Path2D p = new Path2D.Double();
        p.moveTo(x0 + nx * h0, y0 + ny * h0);
        p.lineTo(x1 + nx * h1, y1 + ny * h1);
        p.lineTo(x1 - nx * h1, y1 - ny * h1);
        p.lineTo(x0 - nx * h0, y0 - ny * h0);
        p.closePath();
        return p;
    }
}

package org.synesthesia.nn;

/**
 * The patch matrix of a 2-D convolution and its transpose, on plain arrays in NCHW order.
 * The patch matrix is {@code [C*kH*kW][N*oH*oW]}, row-major: one row per kernel tap, one column
 * per output position, images one after another. With it a convolution is one matrix product,
 * {@code W[oC][C*kH*kW] x col}, whose result is already channel-major.
 *
 * <p>DL4J 1.0.0-M2.1's own convolution writes its patch matrix through a permuted view, element by
 * element with index arithmetic, and that took half of a classifier's training step on CPU; these
 * loops write rows contiguously.
 */
final class Im2col {

    /** The geometry of one convolution; padding is top and left, as DL4J's Same mode computes it. */
    record Geometry(int n, int c, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw, int oh, int ow) {
        int rows() { return c * kh * kw; }
        int columns() { return n * oh * ow; }
    }

    private Im2col() {}

    /** Fills {@code col} ({@code rows x columns}) from {@code in} ({@code [n][c][h][w]}). */
    static void im2col(float[] in, Geometry g, float[] col) {
        int plane = g.oh() * g.ow();
        int columns = g.columns();
        // one input plane at a time, all its taps: the plane stays in cache while they read it
        for (int ch = 0; ch < g.c(); ch++) {
            for (int img = 0; img < g.n(); img++) {
                int src = (img * g.c() + ch) * g.h() * g.w();
                for (int ki = 0; ki < g.kh(); ki++) {
                    for (int kj = 0; kj < g.kw(); kj++) {
                        int row = ((ch * g.kh() + ki) * g.kw() + kj) * columns;
                        int dst = row + img * plane;
                        for (int oy = 0; oy < g.oh(); oy++) {
                            int iy = oy * g.sh() - g.ph() + ki;
                            int o = dst + oy * g.ow();
                            if (iy < 0 || iy >= g.h()) {
                                java.util.Arrays.fill(col, o, o + g.ow(), 0f);
                                continue;
                            }
                            int line = src + iy * g.w();
                            int lo = firstInside(g, kj);
                            int hi = endInside(g, kj);
                            java.util.Arrays.fill(col, o, o + lo, 0f);
                            java.util.Arrays.fill(col, o + Math.max(lo, hi), o + g.ow(), 0f);
                            if (g.sw() == 1) {
                                if (hi > lo) System.arraycopy(in, line + lo - g.pw() + kj, col, o + lo, hi - lo);
                            } else {
                                for (int ox = lo, ix = lo * g.sw() - g.pw() + kj; ox < hi; ox++, ix += g.sw()) col[o + ox] = in[line + ix];
                            }
                        }
                    }
                }
            }
        }
    }

    /** Adds every entry of {@code col} back onto the input position it came from; {@code out} is zeroed first. */
    static void col2im(float[] col, Geometry g, float[] out) {
        java.util.Arrays.fill(out, 0f);
        int plane = g.oh() * g.ow();
        int columns = g.columns();
        // one output plane at a time, all its taps: the plane stays in cache while they add to it
        for (int ch = 0; ch < g.c(); ch++) {
            for (int img = 0; img < g.n(); img++) {
                int dst = (img * g.c() + ch) * g.h() * g.w();
                for (int ki = 0; ki < g.kh(); ki++) {
                    for (int kj = 0; kj < g.kw(); kj++) {
                        int row = ((ch * g.kh() + ki) * g.kw() + kj) * columns;
                        int src = row + img * plane;
                        for (int oy = 0; oy < g.oh(); oy++) {
                            int iy = oy * g.sh() - g.ph() + ki;
                            if (iy < 0 || iy >= g.h()) continue;
                            int line = dst + iy * g.w();
                            int o = src + oy * g.ow();
                            int hi = endInside(g, kj);
                            for (int ox = firstInside(g, kj), ix = ox * g.sw() - g.pw() + kj; ox < hi; ox++, ix += g.sw()) {
                                out[line + ix] += col[o + ox];
                            }
                        }
                    }
                }
            }
        }
    }

    /** The first output column whose input column {@code ox * sw - pw + kj} is inside the image. */
    private static int firstInside(Geometry g, int kj) {
        int need = g.pw() - kj; // ox * sw >= need
        return need <= 0 ? 0 : Math.min(g.ow(), (need + g.sw() - 1) / g.sw());
    }

    /** One past the last output column whose input column is inside the image. */
    private static int endInside(Geometry g, int kj) {
        int limit = g.w() - 1 + g.pw() - kj; // ox * sw <= limit
        return limit < 0 ? 0 : Math.min(g.ow(), limit / g.sw() + 1);
    }

    /** {@code [n][c][p]} to {@code [c][n*p]}: activations or their gradients to matrix layout. */
    static void channelsFirst(float[] nchw, int n, int c, int p, float[] out) {
        for (int img = 0; img < n; img++) {
            for (int ch = 0; ch < c; ch++) {
                System.arraycopy(nchw, (img * c + ch) * p, out, ch * n * p + img * p, p);
            }
        }
    }

    /** {@code [c][n*p]} to {@code [n][c][p]}, the inverse of {@link #channelsFirst}. */
    static void imagesFirst(float[] cnp, int n, int c, int p, float[] out) {
        for (int ch = 0; ch < c; ch++) {
            for (int img = 0; img < n; img++) {
                System.arraycopy(cnp, ch * n * p + img * p, out, (img * c + ch) * p, p);
            }
        }
    }
}

package org.synesthesia.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast loops against the definition, element by element, including padding on every side. */
class Im2colTest {

    @ParameterizedTest
    @CsvSource({"2, 3, 7, 5, 3, 3, 1, 1, 1, 1", "1, 2, 9, 8, 4, 4, 2, 2, 1, 1", "2, 1, 6, 11, 5, 5, 2, 3, 2, 2",
            "1, 2, 5, 5, 1, 1, 1, 1, 0, 0", "1, 1, 4, 6, 3, 5, 1, 2, 0, 3"})
    void patchesAndTheirTransposeMatchTheDefinition(int n, int c, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw) {
        int oh = (h + 2 * ph - kh) / sh + 1;
        int ow = (w + 2 * pw - kw) / sw + 1;
        Im2col.Geometry g = new Im2col.Geometry(n, c, h, w, kh, kw, sh, sw, ph, pw, oh, ow);
        Random rng = new Random(1);
        float[] in = new float[n * c * h * w];
        for (int i = 0; i < in.length; i++) in[i] = rng.nextFloat() - 0.5f;
        float[] expected = new float[g.rows() * g.columns()];
        for (int ch = 0; ch < c; ch++) for (int ki = 0; ki < kh; ki++) for (int kj = 0; kj < kw; kj++)
            for (int img = 0; img < n; img++) for (int oy = 0; oy < oh; oy++) for (int ox = 0; ox < ow; ox++) {
                int iy = oy * sh - ph + ki, ix = ox * sw - pw + kj;
                int row = (ch * kh + ki) * kw + kj, col = (img * oh + oy) * ow + ox;
                expected[row * g.columns() + col] = iy >= 0 && iy < h && ix >= 0 && ix < w ? in[((img * c + ch) * h + iy) * w + ix] : 0f;
            }
        float[] col = new float[expected.length];
        java.util.Arrays.fill(col, Float.NaN);
        Im2col.im2col(in, g, col);
        assertArrayEquals(expected, col);

        float[] grad = new float[expected.length];
        for (int i = 0; i < grad.length; i++) grad[i] = rng.nextFloat();
        float[] back = new float[in.length];
        for (int ch = 0; ch < c; ch++) for (int ki = 0; ki < kh; ki++) for (int kj = 0; kj < kw; kj++)
            for (int img = 0; img < n; img++) for (int oy = 0; oy < oh; oy++) for (int ox = 0; ox < ow; ox++) {
                int iy = oy * sh - ph + ki, ix = ox * sw - pw + kj;
                if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                back[((img * c + ch) * h + iy) * w + ix] += grad[((ch * kh + ki) * kw + kj) * g.columns() + (img * oh + oy) * ow + ox];
            }
        float[] out = new float[in.length];
        java.util.Arrays.fill(out, 7f);
        Im2col.col2im(grad, g, out);
        assertArrayEquals(back, out, 1e-5f);
    }
}

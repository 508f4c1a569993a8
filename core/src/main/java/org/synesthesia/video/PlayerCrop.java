package org.synesthesia.video;

/**
 * Cuts one player out of a performance frame and scales it to a small square. URMP films the
 * players side by side, so without a crop box track {@code i} of {@code n} owns the i-th of n
 * equal-width regions; the square centred in that region is kept.
 */
public final class PlayerCrop {

    private PlayerCrop() {}

    /** Track {@code track}'s (1-based) equal-width region of a {@code width x height} frame. */
    public static Box region(int width, int height, int tracks, int track) {
        if (track < 1 || track > tracks) throw new IllegalArgumentException("track " + track + " of " + tracks);
        int x0 = (int) ((long) width * (track - 1) / tracks);
        int x1 = (int) ((long) width * track / tracks);
        return new Box(x0, 0, x1 - x0, height);
    }

    /**
     * Scales the pixels of {@code box} in {@code frame} to {@code size x size} RGB bytes (HWC) by
     * area averaging: each output pixel is the mean of the source area it covers, which is what
     * keeps a large reduction free of aliasing. The box is stretched if it is not square.
     */
    public static byte[] resize(RgbFrame frame, Box box, int size) {
        if (!box.inside(frame.width(), frame.height())) {
            throw new IllegalArgumentException("box " + box + " is outside the " + frame.width() + "x" + frame.height() + " frame");
        }
        float[] rows = new float[box.h() * size * 3];
        Weights wx = new Weights(box.w(), size);
        byte[] src = frame.rgb();
        for (int y = 0; y < box.h(); y++) {
            int rowStart = ((box.y() + y) * frame.width() + box.x()) * 3;
            for (int o = 0; o < size; o++) {
                float r = 0, g = 0, b = 0;
                for (int k = wx.first[o]; k <= wx.last[o]; k++) {
                    float w = wx.weights[o][k - wx.first[o]];
                    int s = rowStart + k * 3;
                    r += w * (src[s] & 0xff);
                    g += w * (src[s + 1] & 0xff);
                    b += w * (src[s + 2] & 0xff);
                }
                int d = (y * size + o) * 3;
                rows[d] = r;
                rows[d + 1] = g;
                rows[d + 2] = b;
            }
        }
        Weights wy = new Weights(box.h(), size);
        byte[] out = new byte[size * size * 3];
        for (int o = 0; o < size; o++) {
            for (int x = 0; x < size * 3; x++) {
                float v = 0;
                for (int k = wy.first[o]; k <= wy.last[o]; k++) v += wy.weights[o][k - wy.first[o]] * rows[k * size * 3 + x];
                out[o * size * 3 + x] = (byte) Math.min(255, Math.max(0, Math.round(v)));
            }
        }
        return out;
    }

    /** Which source pixels each output pixel covers along one axis, and by what fraction. */
    private static final class Weights {
        final int[] first;
        final int[] last;
        final float[][] weights;

        Weights(int n, int size) {
            double scale = (double) n / size;
            first = new int[size];
            last = new int[size];
            weights = new float[size][];
            for (int o = 0; o < size; o++) {
                first[o] = (int) Math.floor(o * scale);
                last[o] = Math.max(first[o], Math.min(n - 1, (int) Math.ceil((o + 1) * scale) - 1));
                weights[o] = new float[last[o] - first[o] + 1];
                for (int k = first[o]; k <= last[o]; k++) {
                    double lo = Math.max(o * scale, k);
                    double hi = Math.min((o + 1) * scale, k + 1);
                    weights[o][k - first[o]] = (float) (Math.max(0, hi - lo) / scale);
                }
            }
        }
    }
}

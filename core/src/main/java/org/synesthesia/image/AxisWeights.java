package org.synesthesia.image;

/**
 * Resampling weights along one axis from {@code from} to {@code to} pixels: output pixel {@code o}
 * is {@code sum_j weight[o][j] * in[start[o] + j]}. Shrinking uses the overlap of each source pixel
 * with the output pixel's footprint (area averaging); enlarging interpolates linearly between
 * pixel centres, clamped at the edges.
 */
record AxisWeights(int[] start, float[][] weight) {

    static AxisWeights of(int from, int to) {
        int[] start = new int[to];
        float[][] weight = new float[to][];
        double scale = (double) from / to;
        for (int o = 0; o < to; o++) {
            if (scale >= 1) {
                double lo = o * scale, hi = (o + 1) * scale;
                int first = (int) Math.floor(lo), last = Math.min(from, (int) Math.ceil(hi));
                start[o] = first;
                weight[o] = new float[last - first];
                for (int j = first; j < last; j++) {
                    double overlap = Math.min(hi, j + 1) - Math.max(lo, j);
                    weight[o][j - first] = (float) (overlap / scale);
                }
            } else {
                double centre = (o + 0.5) * scale - 0.5;
                int left = (int) Math.floor(centre);
                double t = centre - left;
                int a = Math.max(0, Math.min(from - 1, left)), b = Math.max(0, Math.min(from - 1, left + 1));
                start[o] = Math.min(a, b);
                if (a == b) {
                    weight[o] = new float[] {1f};
                } else {
                    weight[o] = new float[] {(float) (1 - t), (float) t};
                }
            }
        }
        return new AxisWeights(start, weight);
    }

    /** Resamples every row of a {@code rows x width} plane to {@code start.length} columns. */
    float[] applyRows(float[] plane, int width, int rows) {
        int to = start.length;
        float[] out = new float[rows * to];
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            for (int o = 0; o < to; o++) {
                float acc = 0;
                float[] wt = weight[o];
                for (int j = 0; j < wt.length; j++) acc += wt[j] * plane[base + start[o] + j];
                out[r * to + o] = acc;
            }
        }
        return out;
    }

    /** Resamples every column of a {@code rows x width} plane to {@code start.length} rows. */
    float[] applyColumns(float[] plane, int width, int rows) {
        int to = start.length;
        float[] out = new float[to * width];
        for (int o = 0; o < to; o++) {
            float[] wt = weight[o];
            for (int j = 0; j < wt.length; j++) {
                int base = (start[o] + j) * width;
                float wj = wt[j];
                for (int c = 0; c < width; c++) out[o * width + c] += wj * plane[base + c];
            }
        }
        return out;
    }
}

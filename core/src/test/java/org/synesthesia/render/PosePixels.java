package org.synesthesia.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.video.Box;
import org.synesthesia.video.PlayerCrop;
import org.synesthesia.video.RgbFrame;

/**
 * How many pixels of a player-box picture each shown pose part moves over the range it spans in a
 * pair store's test split: a plain performer is drawn with the part at its 10th and at its 90th
 * percentile (the other parts at their medians), cropped to the player box and scaled as the pair
 * store's pictures are. Tells "the picture does not show the part" from "the regressor does not read
 * it". {@code PosePixels PAIRS}
 */
public final class PosePixels {
    public static void main(String[] a) throws Exception {
        PairStore store = PairStore.open(Path.of(a[0]));
        int size = store.imageSize();
        int[] test = store.indices(Split.TEST);
        for (Instrument instrument : Instrument.values()) {
            if (!Pose.showsMovingPart(instrument)) continue;
            float[][] poses = Arrays.stream(test).filter(p -> store.instrument(p) == instrument && store.hasPose(p)).mapToObj(store::pose).toArray(float[][]::new);
            if (poses.length == 0) continue;
            PerformanceRenderer r = new PerformanceRenderer(426, 720, Scene.plain(), List.of(new Performer(instrument, Appearance.plain())));
            Box box = r.playerBoxes().get(0);
            float[] shown = Pose.shown(instrument);
            StringBuilder line = new StringBuilder(instrument.code() + " (" + poses.length + " test pictures):");
            float[] median = percentiles(poses, 50);
            float[] p10 = percentiles(poses, 10);
            float[] p90 = percentiles(poses, 90);
            for (int part = 0; part < 2; part++) {
                if (shown[part] == 0) continue;
                float[] lo = median.clone();
                float[] hi = median.clone();
                lo[part] = p10[part];
                hi[part] = p90[part];
                byte[] a0 = PlayerCrop.resize(RgbFrame.of(r.render(List.of(Pose.of(lo)))), box, size);
                byte[] a1 = PlayerCrop.resize(RgbFrame.of(r.render(List.of(Pose.of(hi)))), box, size);
                int changed = 0;
                double sum = 0;
                for (int p = 0; p < a0.length; p += 3) {
                    int d = 0;
                    for (int c = 0; c < 3; c++) d += Math.abs((a0[p + c] & 0xff) - (a1[p + c] & 0xff));
                    if (d > 48) changed++;
                    sum += d / 3.0;
                }
                line.append(String.format(" %s %.2f-%.2f moves %d of %d pixels (mean |difference| %.2f of 255);",
                        Pose.NAMES[part], lo[part], hi[part], changed, size * size, sum / (size * size)));
            }
            System.out.println(line);
        }
    }

    private static float[] percentiles(float[][] rows, double q) {
        float[] out = new float[Pose.SIZE];
        for (int j = 0; j < Pose.SIZE; j++) {
            int col = j;
            double[] v = Arrays.stream(rows).mapToDouble(r -> r[col]).sorted().toArray();
            out[j] = (float) v[(int) Math.min(v.length - 1, Math.round(q / 100 * (v.length - 1)))];
        }
        return out;
    }
}

package org.synesthesia.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * Measures milliseconds per 640x360 frame for a solo and a trio, and writes the last trio frame:
 * {@code RenderTiming [frames] [out.png]}. A measurement to run by hand, not a test.
 */
public final class RenderTiming {

    public static void main(String[] args) throws IOException {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Random rng = new Random(5);
        Scene scene = Scene.random(rng);
        List<Performer> trio = List.of(new Performer(Instrument.VIOLIN, Appearance.random(rng)),
                new Performer(Instrument.CELLO, Appearance.random(rng)), new Performer(Instrument.TUBA, Appearance.random(rng)));
        for (int players : new int[] {1, 3, 1, 3, 1, 3}) {
            PerformanceRenderer r = new PerformanceRenderer(640, 360, scene, trio.subList(0, players));
            List<List<Pose>> poses = new ArrayList<>();
            for (int f = 0; f < frames; f++) {
                double t = (f % 60) / 60.0;
                List<Pose> frame = new ArrayList<>();
                for (int p = 0; p < players; p++) frame.add(new Pose(t, 1 - t, (f % 7) / 6.0, f % 90 < 80 ? 1 : 0.5));
                poses.add(frame);
            }
            BufferedImage last = null;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (List<Pose> p : poses) last = r.render(p);
            double ms = (System.nanoTime() - start) / 1e6 / frames;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / frames;
            System.out.printf("%d player(s), 640x360: %.2f ms/frame wall, %.2f ms/frame CPU over %d frames%n",
                    players, ms, cpuMs, frames);
            if (args.length > 1 && players == 3) ImageIO.write(last, "png", Path.of(args[1]).toFile());
        }
    }
}

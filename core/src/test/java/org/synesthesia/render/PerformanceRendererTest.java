package org.synesthesia.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

class PerformanceRendererTest {

    private static final int W = 213;
    private static final int H = 360;
    private static final Pose PLAYING = new Pose(0.3, 0.4, 0.5, 1);

    @Test
    void everyInstrumentRendersAndDiffersFromEveryOther() {
        Instrument[] all = Instrument.values();
        List<byte[]> frames = new ArrayList<>();
        for (Instrument i : all) {
            PerformanceRenderer r = solo(i, Scene.plain(), Appearance.plain());
            frames.add(pixels(r.render(List.of(PLAYING))));
        }
        for (int a = 0; a < all.length; a++) {
            for (int b = a + 1; b < all.length; b++) {
                double d = meanAbsDifference(frames.get(a), frames.get(b));
                assertTrue(d > 1.0, all[a] + " and " + all[b] + " look alike: mean difference " + d);
            }
        }
    }

    @Test
    void sameSceneLookAndPosesGiveIdenticalPixels() {
        PerformanceRenderer first = new PerformanceRenderer(320, 180, Scene.random(new Random(7)),
                List.of(new Performer(Instrument.CELLO, Appearance.random(new Random(8))),
                        new Performer(Instrument.HORN, Appearance.random(new Random(9)))));
        PerformanceRenderer second = new PerformanceRenderer(320, 180, Scene.random(new Random(7)),
                List.of(new Performer(Instrument.CELLO, Appearance.random(new Random(8))),
                        new Performer(Instrument.HORN, Appearance.random(new Random(9)))));
        List<Pose> poses = List.of(new Pose(0.2, 0.7, 0.4, 0.9), new Pose(0.5, 0.3, 0.8, 1));
        byte[] a = pixels(first.render(poses));
        first.render(List.of(Pose.rest(), Pose.rest()));
        assertArrayEquals(a, pixels(first.render(poses)), "a renderer repeats itself after other frames");
        assertArrayEquals(a, pixels(second.render(poses)), "two renderers built alike draw alike");
    }

    @Test
    void violinBowMovesTheBowArm() {
        PerformanceRenderer r = solo(Instrument.VIOLIN, Scene.plain(), Appearance.plain());
        byte[] frog = pixels(r.render(List.of(new Pose(0, 0.5, 0.5, 1))));
        byte[] tip = pixels(r.render(List.of(new Pose(1, 0.5, 0.5, 1))));
        int changed = changedPixels(frog, tip);
        assertTrue(changed > 2000, "bow frog vs tip changed only " + changed + " pixels");
    }

    @Test
    void stringHandAndFingersShow() {
        for (Instrument i : List.of(Instrument.VIOLIN, Instrument.VIOLA, Instrument.CELLO, Instrument.DOUBLE_BASS)) {
            PerformanceRenderer r = solo(i, Scene.plain(), Appearance.plain());
            byte[] low = pixels(r.render(List.of(new Pose(0.5, 0, 0.5, 1))));
            byte[] high = pixels(r.render(List.of(new Pose(0.5, 1, 0.5, 1))));
            byte[] none = pixels(r.render(List.of(new Pose(0.5, 0.5, 0, 1))));
            byte[] four = pixels(r.render(List.of(new Pose(0.5, 0.5, 1, 1))));
            assertTrue(changedPixels(low, high) > 300, i + ": the left hand does not move with pitch");
            assertTrue(changedPixels(none, four) > 20, i + ": the fingers do not show");
        }
    }

    @Test
    void tromboneHandMovesTheSlideDownAndOut() {
        PerformanceRenderer r = solo(Instrument.TROMBONE, Scene.plain(), Appearance.plain());
        byte[] low = pixels(r.render(List.of(new Pose(0.5, 0, 0.5, 1))));
        byte[] high = pixels(r.render(List.of(new Pose(0.5, 1, 0.5, 1))));
        int[] rows = changedRows(low, high);
        assertTrue(rows[1] - rows[0] > H / 6, "the slide should travel a sixth of the frame, rows " + rows[0] + ".." + rows[1]);
        // The slide reaches forward and down from the lips: its far end moves in the lower half of the frame.
        assertTrue(rows[1] > H / 2, "the slide should extend downwards, changes end at row " + rows[1]);
    }

    @Test
    void tromboneTriggerShowsFromHalfwayUp() {
        PerformanceRenderer r = solo(Instrument.TROMBONE, Scene.plain(), Appearance.plain());
        byte[] open = pixels(r.render(List.of(new Pose(0.5, 0.5, 0.2, 1))));
        byte[] alsoOpen = pixels(r.render(List.of(new Pose(0.5, 0.5, 0.45, 1))));
        byte[] pressed = pixels(r.render(List.of(new Pose(0.5, 0.5, 0.6, 1))));
        assertArrayEquals(open, alsoOpen, "below 0.5 the trigger stays up");
        assertTrue(changedPixels(open, pressed) > 40, "the pressed trigger and thumb should show");
    }

    @Test
    void raisedAndLoweredDifferStronglyForEveryInstrument() {
        for (Instrument i : Instrument.values()) {
            PerformanceRenderer r = solo(i, Scene.plain(), Appearance.plain());
            byte[] up = pixels(r.render(List.of(new Pose(0.5, 0.5, 0.5, 1))));
            byte[] down = pixels(r.render(List.of(new Pose(0.5, 0.5, 0.5, 0))));
            int changed = changedPixels(up, down);
            assertTrue(changed > W * H / 25, i + ": raised vs lowered changed only " + changed + " pixels");
        }
    }

    @Test
    void windsAndBrassIgnoreTheBow() {
        for (Instrument i : Instrument.values()) {
            if (i.family() == Instrument.Family.BOWED) continue;
            PerformanceRenderer r = solo(i, Scene.random(new Random(i.ordinal())), Appearance.random(new Random(i.ordinal())));
            byte[] a = pixels(r.render(List.of(new Pose(0, 0.6, 0.3, 1))));
            byte[] b = pixels(r.render(List.of(new Pose(1, 0.6, 0.3, 1))));
            assertArrayEquals(a, b, i + " should not draw the bow parameter");
        }
    }

    @Test
    void ensemblePlayersStayInTheirOwnThirds() {
        PerformanceRenderer r = trio(3, Instrument.VIOLIN, Instrument.CELLO, Instrument.TROMBONE);
        List<Pose> rest = List.of(Pose.rest(), Pose.rest(), Pose.rest());
        byte[] base = pixels(r.render(rest));
        for (int k = 0; k < 3; k++) {
            List<Pose> poses = new ArrayList<>(rest);
            poses.set(k, new Pose(0.9, 0.1, 0.7, 1));
            byte[] moved = pixels(r.render(poses));
            int[] cols = r.tileColumns(k);
            int inside = 0;
            int outside = 0;
            for (int p = 0; p < 640 * 360; p++) {
                if (!samePixel(base, moved, p)) {
                    int x = p % 640;
                    if (x >= cols[0] && x < cols[1]) inside++;
                    else outside++;
                }
            }
            assertTrue(inside > 1000, "player " + k + " moved only " + inside + " pixels");
            assertEquals(0, outside, "player " + k + " drew outside its third");
        }
        assertEquals(0, r.tileColumns(0)[0]);
        assertEquals(640, r.tileColumns(2)[1]);
    }

    @Test
    void playerBoxesHoldEveryPixelAPlayerDrawsAndCropTighterThanTheTile() {
        PerformanceRenderer r = trio(5, Instrument.VIOLA, Instrument.DOUBLE_BASS, Instrument.TROMBONE);
        List<org.synesthesia.video.Box> boxes = r.playerBoxes();
        assertEquals(3, boxes.size());
        byte[] empty = pixels(r.room());
        Random poses = new Random(9);
        for (int f = 0; f < 12; f++) {
            List<Pose> frame = new ArrayList<>();
            for (int k = 0; k < 3; k++) frame.add(new Pose(poses.nextDouble(), poses.nextDouble(), poses.nextDouble(), poses.nextDouble()));
            byte[] drawn = pixels(r.render(frame));
            for (int p = 0; p < 640 * 360; p++) {
                if (samePixel(empty, drawn, p)) continue;
                int x = p % 640;
                int y = p / 640;
                int k = x < r.tileColumns(1)[0] ? 0 : x < r.tileColumns(2)[0] ? 1 : 2;
                var b = boxes.get(k);
                assertTrue(x >= b.x() && x < b.x() + b.w() && y >= b.y() && y < b.y() + b.h(),
                        "player " + k + " drew at (" + x + ", " + y + ") outside its box " + b);
            }
        }
        // a solo player in a wide frame: the box is about the player's height, not the frame's width
        PerformanceRenderer solo = new PerformanceRenderer(640, 360, Scene.plain(), List.of(new Performer(Instrument.OBOE, Appearance.plain())));
        var b = solo.playerBoxes().get(0);
        assertTrue(b.inside(640, 360), b.toString());
        assertTrue(b.w() < 360 && Math.abs(b.w() - b.h()) <= 2, "a square about the player: " + b);
    }

    @Test
    void rejectsAPoseCountThatDoesNotMatchThePlayers() {
        PerformanceRenderer r = solo(Instrument.FLUTE, Scene.plain(), Appearance.plain());
        assertThrows(IllegalArgumentException.class, () -> r.render(List.of(Pose.rest(), Pose.rest())));
    }

    @Test
    void rendersATrioFrameInWellUnderFiftyMilliseconds() {
        Random rng = new Random(11);
        PerformanceRenderer r = new PerformanceRenderer(640, 360, Scene.random(rng),
                List.of(new Performer(Instrument.DOUBLE_BASS, Appearance.random(rng)),
                        new Performer(Instrument.TUBA, Appearance.random(rng)),
                        new Performer(Instrument.HORN, Appearance.random(rng))));
        List<List<Pose>> poses = new ArrayList<>();
        for (int f = 0; f < 20; f++) {
            double t = f / 20.0;
            Pose p = new Pose(t, 1 - t, (f % 7) / 6.0, 1);
            poses.add(List.of(p, p, p));
        }
        for (int warm = 0; warm < 3; warm++) for (List<Pose> p : poses) r.render(p);
        // CPU time of this thread, not wall time: the build machine is shared, and waiting is not drawing.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (List<Pose> p : poses) r.render(p);
        double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / poses.size();
        assertTrue(ms > 0 && ms < 50, "a trio frame took " + ms + " ms of CPU");
    }

    private static PerformanceRenderer solo(Instrument i, Scene scene, Appearance look) {
        return new PerformanceRenderer(W, H, scene, List.of(new Performer(i, look)));
    }

    /** Three players in a 640x360 frame, looks and scene drawn from {@code seed}. */
    private static PerformanceRenderer trio(long seed, Instrument... instruments) {
        Random rng = new Random(seed);
        List<Performer> players = new ArrayList<>();
        for (Instrument i : instruments) players.add(new Performer(i, Appearance.random(rng)));
        return new PerformanceRenderer(640, 360, Scene.random(rng), players);
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData().clone();
    }

    private static boolean samePixel(byte[] a, byte[] b, int p) {
        return a[3 * p] == b[3 * p] && a[3 * p + 1] == b[3 * p + 1] && a[3 * p + 2] == b[3 * p + 2];
    }

    private static int changedPixels(byte[] a, byte[] b) {
        int n = 0;
        for (int p = 0; p < a.length / 3; p++) if (!samePixel(a, b, p)) n++;
        return n;
    }

    /** First and last rows of a W-wide frame where the two differ. */
    private static int[] changedRows(byte[] a, byte[] b) {
        int first = -1;
        int last = -1;
        for (int p = 0; p < a.length / 3; p++) {
            if (!samePixel(a, b, p)) {
                int y = p / W;
                if (first < 0) first = y;
                last = y;
            }
        }
        return new int[] {first, last};
    }

    private static double meanAbsDifference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        return (double) sum / a.length;
    }
}

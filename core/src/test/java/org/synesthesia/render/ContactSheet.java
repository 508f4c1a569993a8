package org.synesthesia.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * Writes a contact sheet of all 13 instruments in three poses (low note at the frog, high note at
 * the tip, lowered), one random scene per instrument, for looking at the drawing by eye:
 * {@code ContactSheet out.png [cellWidth] [seed]}.
 */
public final class ContactSheet {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/performers.png");
        int cellWidth = args.length > 1 ? Integer.parseInt(args[1]) : 213;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int tileW = 213;
        int tileH = 360;
        int cellHeight = cellWidth * tileH / tileW;
        Pose[] poses = {new Pose(0.05, 0.0, 0.25, 1), new Pose(0.95, 1.0, 0.75, 1), new Pose(0.5, 0.5, 0.0, 0)};
        Instrument[] all = Instrument.values();
        BufferedImage sheet = new BufferedImage(all.length * cellWidth, poses.length * cellHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        Random rng = new Random(seed);
        for (int c = 0; c < all.length; c++) {
            Scene scene = seed == 0 ? Scene.plain() : Scene.random(rng);
            Appearance look = seed == 0 ? Appearance.plain() : Appearance.random(rng);
            PerformanceRenderer renderer = new PerformanceRenderer(tileW, tileH, scene, List.of(new Performer(all[c], look)));
            for (int r = 0; r < poses.length; r++) {
                BufferedImage frame = renderer.render(List.of(poses[r]));
                g.drawImage(frame, c * cellWidth, r * cellHeight, cellWidth, cellHeight, null);
            }
        }
        g.dispose();
        ImageIO.write(sheet, "png", out.toFile());
    }
}

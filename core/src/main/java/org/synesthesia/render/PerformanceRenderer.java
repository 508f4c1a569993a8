package org.synesthesia.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.synesthesia.instrument.Pose;

/**
 * Draws the video frames of one recording: the performers side by side in equal-width regions,
 * in track order from left to right, as URMP films them.
 * (Contract stub: draws boxes; the renderer work replaces the drawing, keeping this API.)
 */
public final class PerformanceRenderer {

    private final int width;
    private final int height;
    private final Scene scene;
    private final List<Performer> performers;
    private final BufferedImage frame;

    public PerformanceRenderer(int width, int height, Scene scene, List<Performer> performers) {
        this.width = width;
        this.height = height;
        this.scene = scene;
        this.performers = List.copyOf(performers);
        this.frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    }

    /**
     * Draws one frame, one pose per performer in track order. The returned image is reused by the
     * next call; copy it to keep it.
     */
    public BufferedImage render(List<Pose> poses) {
        if (poses.size() != performers.size()) throw new IllegalArgumentException("one pose per performer");
        Graphics2D g = frame.createGraphics();
        g.setColor(scene.background());
        g.fillRect(0, 0, width, height);
        int region = width / performers.size();
        for (int i = 0; i < performers.size(); i++) {
            g.setColor(performers.get(i).look().clothes());
            int h = (int) (height * (0.4 + 0.4 * poses.get(i).raised()));
            g.fillRect(i * region + region / 4, height - h, region / 2, h);
        }
        g.dispose();
        return frame;
    }

    public int width() { return width; }

    public int height() { return height; }
}

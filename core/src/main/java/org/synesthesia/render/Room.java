package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The still part of every frame, painted once per recording: in each player's tile the wall, floor,
 * a picture, the music stand, the chair or stool, a soft floor shadow and the lens vignette.
 */
final class Room {

    private Room() {}

    /** One player's tile: its pixel columns and the body frame (centimetres, y up) mapped into pixels. */
    record Tile(int x0, int x1, AffineTransform frame, double seatY) {}

    static BufferedImage paint(int width, int height, Scene scene, Light light, Tile[] tiles) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (Tile tile : tiles) {
            g.setClip(tile.x0(), 0, tile.x1() - tile.x0(), height);
            paintTile(g, height, scene, light, tile);
        }
        g.dispose();
        return image;
    }

    private static void paintTile(Graphics2D g, int height, Scene scene, Light light, Tile tile) {
        int w = tile.x1() - tile.x0();
        double horizon = scene.horizon() * height;
        Color wallTop = light.on(scene.wallTop());
        Color wallBottom = light.on(scene.wallBottom());
        g.setPaint(new GradientPaint(0, 0, wallTop, 0, (float) horizon, wallBottom));
        g.fill(new Rectangle2D.Double(tile.x0(), 0, w, horizon));
        if (scene.wainscot() > 0) {
            double top = horizon - scene.wainscot() * height;
            g.setColor(Light.shade(wallBottom, 0.78));
            g.fill(new Rectangle2D.Double(tile.x0(), top, w, horizon - top));
            g.setColor(Light.shade(wallBottom, 1.15));
            g.fill(new Rectangle2D.Double(tile.x0(), top - 2, w, 2));
        }
        if (scene.picture()) {
            double px = tile.x0() + 0.07 * w;
            double py = 0.1 * height;
            g.setColor(light.on(0x3A2818));
            g.fill(new Rectangle2D.Double(px, py, 0.24 * w, 0.15 * height));
            g.setPaint(new GradientPaint((float) px, (float) py, light.on(0x6A8AA0), (float) px, (float) (py + 0.15 * height),
                    light.on(0x7A9A60)));
            g.fill(new Rectangle2D.Double(px + 3, py + 3, 0.24 * w - 6, 0.15 * height - 6));
        }
        Color floor = light.on(scene.floor());
        g.setPaint(new GradientPaint(0, (float) horizon, Light.shade(floor, 0.85), 0, height, Light.shade(floor, 1.15)));
        g.fill(new Rectangle2D.Double(tile.x0(), horizon, w, height - horizon));
        g.setColor(Light.shade(wallBottom, 0.5));
        g.fill(new Rectangle2D.Double(tile.x0(), horizon - 3, w, 4));

        AffineTransform pixels = g.getTransform();
        g.transform(tile.frame());
        paintShadow(g);
        if (scene.standSide() != 0) paintStand(g, light, scene.standSide() * 50, tile.seatY() > Body.CHAIR ? 22 : 0);
        paintSeat(g, light.on(scene.chair()), tile.seatY());
        g.setTransform(pixels);

        double cx = tile.x0() + w / 2.0;
        float radius = (float) (0.75 * Math.hypot(w, height));
        int alpha = (int) Math.round(235 * Math.max(0, Math.min(1, scene.vignette())));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, height / 2.0), radius, new float[] {0.45f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, alpha)}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Rectangle2D.Double(tile.x0(), 0, w, height));
    }

    private static void paintShadow(Graphics2D g) {
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new Ellipse2D.Double(-55, -4, 110, 12));
        g.fill(new Ellipse2D.Double(-40, -2.5, 80, 8));
    }

    private static void paintStand(Graphics2D g, Light light, double x, double lift) {
        Color metal = light.on(0x222226);
        g.setColor(metal);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, 2, x, 96 + lift));
        g.draw(new Line2D.Double(x, 22, x - 14, 1));
        g.draw(new Line2D.Double(x, 22, x + 14, 1));
        Path2D desk = new Path2D.Double();
        desk.moveTo(x - 24, 94 + lift);
        desk.lineTo(x + 24, 94 + lift);
        desk.lineTo(x + 22, 122 + lift);
        desk.lineTo(x - 22, 122 + lift);
        desk.closePath();
        g.fill(desk);
        g.setColor(light.on(0xEEEAE0));
        g.fill(new Rectangle2D.Double(x - 20, 97 + lift, 40, 26));
        g.setColor(light.on(0x9A9A9A));
        g.setStroke(new BasicStroke(0.5f));
        for (double y = 101; y < 122; y += 4.5) g.draw(new Line2D.Double(x - 18, y + lift, x + 18, y + lift));
    }

    private static void paintSeat(Graphics2D g, Color colour, double seatY) {
        Color dark = Light.shade(colour, 0.7);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (seatY > Body.CHAIR) {
            g.setColor(dark);
            g.draw(new Line2D.Double(-14, seatY - 3, -22, 1));
            g.draw(new Line2D.Double(14, seatY - 3, 22, 1));
            g.draw(new Line2D.Double(0, seatY - 3, 0, 4));
            g.draw(new Line2D.Double(-19, 24, 19, 24));
            g.setColor(colour);
            g.fill(new Ellipse2D.Double(-18, seatY - 5, 36, 7));
            return;
        }
        g.setColor(dark);
        g.draw(new Line2D.Double(-16, seatY, -16, 6));
        g.draw(new Line2D.Double(16, seatY, 16, 6));
        g.setColor(colour);
        g.draw(new Line2D.Double(-20, seatY, -20, 1));
        g.draw(new Line2D.Double(20, seatY, 20, 1));
        g.draw(new Line2D.Double(-18, seatY, -18, seatY + 44));
        g.draw(new Line2D.Double(18, seatY, 18, seatY + 44));
        g.fill(new RoundRectangle2D.Double(-20, seatY + 24, 40, 20, 4, 4));
        g.fill(new RoundRectangle2D.Double(-23, seatY - 4, 46, 5, 2, 2));
    }
}

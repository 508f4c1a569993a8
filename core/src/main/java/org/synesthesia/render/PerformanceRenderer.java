package org.synesthesia.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.synesthesia.instrument.Pose;
import org.synesthesia.video.Box;

/**
 * Draws the video frames of one recording: the performers side by side in equal-width tiles, in
 * track order from left to right, as URMP films them. Each performer sits in front of the scene's
 * wall, holds the instrument the way players do, and moves as the poses say:
 * <ul>
 *   <li>{@code bow} (bowed strings only): the frog slides away from the strings as the bow nears its tip;</li>
 *   <li>{@code hand}: strings' left hand from the nut (0, low) towards the body (1, high); the trombone
 *       slide from seventh position (0, low) to first (1, high); winds and brass shift or tilt a little;</li>
 *   <li>{@code fingers}: fingertips on the string, tone holes covered from the top, valves or levers
 *       pressed in the usual combinations, or the trombone's F trigger (at 0.5 and above);</li>
 *   <li>{@code raised}: from the playing hold (1) to the instrument lowered in the lap or at the side (0).</li>
 * </ul>
 * Nothing a player draws leaves its own tile. The room is painted once; each frame repaints only the
 * players. One renderer serves one thread.
 */
public final class PerformanceRenderer {

    /** How much of a tile's width, in centimetres, the default framing shows at the least. */
    private static final double TILE_WIDTH_CM = 128;

    private final int width;
    private final int height;
    private final List<Performer> performers;
    private final BufferedImage frame;
    private final BufferedImage room;
    private final Room.Tile[] tiles;
    private final Figure[] figures;
    private final Hold[] holds;

    /** A renderer for {@code performers} in track order, framed by one camera in {@code scene}. */
    public PerformanceRenderer(int width, int height, Scene scene, List<Performer> performers) {
        if (performers.isEmpty()) throw new IllegalArgumentException("a recording needs at least one performer");
        if (width < performers.size() || height < 1) {
            throw new IllegalArgumentException("frame " + width + "x" + height + " is too small for " + performers.size() + " performers");
        }
        this.width = width;
        this.height = height;
        this.performers = List.copyOf(performers);
        this.frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Light light = Light.of(scene);
        int n = this.performers.size();
        holds = new Hold[n];
        figures = new Figure[n];
        tiles = new Room.Tile[n];
        double need = 0;
        for (int i = 0; i < n; i++) {
            holds[i] = Hold.of(this.performers.get(i).instrument(), light);
            need = Math.max(need, holds[i].frameHeight());
        }
        double tileWidth = (double) width / n;
        // One camera for the whole recording: the same scale in every tile, fitted to the tallest player.
        double scale = Math.min(0.96 * height / need, tileWidth / TILE_WIDTH_CM) * scene.zoom();
        for (int i = 0; i < n; i++) {
            Performer p = this.performers.get(i);
            Body body = Body.seated(p.look(), holds[i].seatY());
            figures[i] = new Figure(p.look(), body, light, holds[i].kneeSpread());
            int x0 = (int) Math.round(i * tileWidth);
            int x1 = (int) Math.round((i + 1) * tileWidth);
            AffineTransform t = AffineTransform.getTranslateInstance((x0 + x1) / 2.0 + scene.offsetX() * tileWidth,
                    height * (0.975 + scene.offsetY()));
            t.scale(scale, -scale);
            tiles[i] = new Room.Tile(x0, x1, t, holds[i].seatY());
        }
        room = Room.paint(width, height, scene, light, tiles);
    }

    /**
     * Draws one frame, one pose per performer in track order. The returned image is reused by the
     * next call; copy it to keep it. The same poses always give the same pixels.
     */
    public BufferedImage render(List<Pose> poses) {
        if (poses.size() != performers.size()) {
            throw new IllegalArgumentException("one pose per performer: got " + poses.size() + " for " + performers.size());
        }
        Graphics2D g = frame.createGraphics();
        g.drawImage(room, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        for (int i = 0; i < tiles.length; i++) {
            Room.Tile tile = tiles[i];
            Pose pose = poses.get(i);
            g.setTransform(new AffineTransform());
            g.setClip(tile.x0(), 0, tile.x1() - tile.x0(), height);
            g.setTransform(tile.frame());
            figures[i].drawLegs(g);
            g.rotate(Math.toRadians(holds[i].sway(pose)), 0, figures[i].body().hipY());
            figures[i].drawTorso(g);
            holds[i].draw(g, figures[i], pose);
        }
        g.dispose();
        return frame;
    }

    /** Frame width in pixels. */
    public int width() { return width; }

    /** Frame height in pixels. */
    public int height() { return height; }

    /**
     * The square around each performer and the instrument, in track order, as an annotator would
     * crop the players (Sub-URMP's images are such crops): the box of every pixel the player draws
     * in the poses at the ends of each parameter's range, squared about its centre with a 5% margin
     * and clipped to the frame. The synthesizer writes these as the dataset's crop file.
     */
    public List<Box> playerBoxes() {
        int n = performers.size();
        int[] left = new int[n];
        int[] top = new int[n];
        int[] right = new int[n];
        int[] bottom = new int[n];
        Arrays.fill(left, Integer.MAX_VALUE);
        Arrays.fill(top, Integer.MAX_VALUE);
        Arrays.fill(right, -1);
        Arrays.fill(bottom, -1);
        byte[] empty = ((DataBufferByte) room().getRaster().getDataBuffer()).getData();
        for (int corner = 0; corner <= 8; corner++) {
            // the eight corners of (bow, hand, fingers), raised, and the rest pose
            Pose pose = corner == 8 ? Pose.rest() : new Pose(corner & 1, (corner >> 1) & 1, (corner >> 2) & 1, 1);
            byte[] drawn = ((DataBufferByte) render(Collections.nCopies(n, pose)).getRaster().getDataBuffer()).getData();
            for (int i = 0; i < n; i++) {
                for (int y = 0; y < height; y++) {
                    for (int x = tiles[i].x0(); x < tiles[i].x1(); x++) {
                        int p = 3 * (y * width + x);
                        if (drawn[p] == empty[p] && drawn[p + 1] == empty[p + 1] && drawn[p + 2] == empty[p + 2]) continue;
                        left[i] = Math.min(left[i], x);
                        top[i] = Math.min(top[i], y);
                        right[i] = Math.max(right[i], x);
                        bottom[i] = Math.max(bottom[i], y);
                    }
                }
            }
        }
        List<Box> boxes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boxes.add(right[i] < 0 ? squareAround(tiles[i].x0(), 0, tiles[i].x1() - 1, height - 1)
                    : squareAround(left[i], top[i], right[i], bottom[i]));
        }
        return boxes;
    }

    /** The square about the pixels {@code [left, right] x [top, bottom]}, 5% larger, clipped to the frame. */
    private Box squareAround(int left, int top, int right, int bottom) {
        double side = 1.05 * Math.max(right - left + 1, bottom - top + 1);
        double cx = (left + right + 1) / 2.0;
        double cy = (top + bottom + 1) / 2.0;
        int x0 = (int) Math.max(0, Math.floor(cx - side / 2));
        int y0 = (int) Math.max(0, Math.floor(cy - side / 2));
        int x1 = (int) Math.min(width, Math.ceil(cx + side / 2));
        int y1 = (int) Math.min(height, Math.ceil(cy + side / 2));
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** The scene without its players. */
    BufferedImage room() { return room; }

    /** The pixel columns of performer {@code index}'s tile: {@code [start, end)}. */
    public int[] tileColumns(int index) { return new int[] {tiles[index].x0(), tiles[index].x1()}; }
}

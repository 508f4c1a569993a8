package org.synesthesia.video;

/** A rectangle in pixels: left, top, width, height. */
public record Box(int x, int y, int w, int h) {

    public Box {
        if (w <= 0 || h <= 0) throw new IllegalArgumentException("a box needs positive width and height, got " + w + "x" + h);
    }

    /** The largest square centred in this box. */
    public Box centreSquare() {
        int side = Math.min(w, h);
        return new Box(x + (w - side) / 2, y + (h - side) / 2, side, side);
    }

    /** Whether the box lies within a {@code width x height} picture. */
    public boolean inside(int width, int height) { return x >= 0 && y >= 0 && x + w <= width && y + h <= height; }
}

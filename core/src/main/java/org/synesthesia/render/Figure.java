package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws one performer's body in the body frame: legs, torso, head and hair once per frame, and the
 * arms reaching for the points where the instrument is held. Shapes are built once per performer.
 */
final class Figure {

    /** How far in front of the shoulders the hands hold an instrument, in centimetres at size 1. */
    private static final double HAND_DEPTH = 24;

    private final Body body;
    private final Color skin;
    private final Color skinDark;
    private final Color top;
    private final Color topDark;
    private final Color trousers;
    private final Color shoe;
    private final Color hair;
    private final boolean shortSleeves;
    private final Shape legs;
    private final Shape[] shoes;
    private final Shape torso;
    private final Shape neck;
    private final Shape head;
    private final Shape hairBack;
    private final Shape hairTop;
    private final Shape[] eyes;
    private final BasicStroke upperArm;
    private final BasicStroke foreArm;
    private final BasicStroke outline;
    private final double handR;

    /**
     * @param kneeSpread how far apart the knees are (1 normal; a cello sits between wider knees)
     */
    Figure(Appearance look, Body body, Light light, double kneeSpread) {
        this.body = body;
        double s = body.size();
        double w = body.build();
        skin = light.on(look.skin());
        skinDark = Light.shade(skin, 0.75);
        top = light.on(look.top());
        topDark = Light.shade(top, 0.7);
        trousers = light.on(look.trousers());
        shoe = light.on(0x141210);
        hair = light.on(look.hair());
        shortSleeves = look.shortSleeves();

        double hip = body.hipY();
        double knee = hip - 1 * s;
        double kx = 12 * s * w * kneeSpread;
        Area leg = new Area(new RoundRectangle2D.Double(-kx - 9 * s, knee - 8 * s, 2 * kx + 18 * s, hip - knee + 14 * s, 14 * s, 14 * s));
        for (int side = -1; side <= 1; side += 2) {
            double footX = side * (kx + 2 * s);
            leg.add(new Area(quad(side * kx - 6.5 * s, knee, side * kx + 6.5 * s, knee, footX + 5.5 * s, 6 * s, footX - 5.5 * s, 6 * s)));
            leg.add(new Area(new Ellipse2D.Double(side * kx - 8 * s, knee - 7 * s, 16 * s, 14 * s)));
        }
        legs = leg;
        shoes = new Shape[] {new Ellipse2D.Double(-kx - 2 * s - 8 * s, 0, 16 * s, 8 * s),
                new Ellipse2D.Double(kx + 2 * s - 8 * s, 0, 16 * s, 8 * s)};
        double sh = body.shoulderHalf();
        double sy = body.shoulderY();
        torso = Outline.smooth(new double[] {hip - 6 * s, hip + 12 * s, sy - 12 * s, sy - 1 * s, sy + 4 * s},
                new double[] {17 * s * w, 15 * s * w, sh, sh - 1.5 * s, 6.5 * s});
        double hy = body.headY();
        double rx = body.headRx();
        double ry = body.headRy();
        neck = new Rectangle2D.Double(-4.2 * s, sy - 2 * s, 8.4 * s, hy - sy - 4 * s);
        Area headArea = new Area(new Ellipse2D.Double(-rx, hy - ry, 2 * rx, 2 * ry));
        headArea.add(new Area(new Ellipse2D.Double(-rx - 1.6 * s, hy - 3.5 * s, 3.2 * s, 5.5 * s)));
        headArea.add(new Area(new Ellipse2D.Double(rx - 1.6 * s, hy - 3.5 * s, 3.2 * s, 5.5 * s)));
        head = headArea;
        eyes = new Shape[] {new Ellipse2D.Double(-4.2 * s, hy + 0.2 * s, 2 * s, 1.6 * s),
                new Ellipse2D.Double(2.2 * s, hy + 0.2 * s, 2 * s, 1.6 * s)};
        Ellipse2D cap = new Ellipse2D.Double(-rx - 1.2 * s, hy - ry + 6.5 * s, 2 * rx + 2.4 * s, 2 * ry - 1 * s);
        Area topHair = new Area(cap);
        topHair.subtract(new Area(new Rectangle2D.Double(-rx - 3 * s, hy - ry - 3 * s, 2 * rx + 6 * s, ry + 6.5 * s)));
        Shape back = null;
        switch (look.hairStyle()) {
            case SHORT -> { }
            case LONG -> back = new RoundRectangle2D.Double(-rx - 3 * s, sy - 6 * s, 2 * rx + 6 * s, hy - sy + 12 * s, 8 * s, 8 * s);
            case BUN -> topHair.add(new Area(new Ellipse2D.Double(-5 * s, hy + ry - 2 * s, 10 * s, 8 * s)));
            case CURLY -> back = new Ellipse2D.Double(-rx - 5 * s, hy - ry + 2 * s, 2 * rx + 10 * s, 2 * ry + 5 * s);
            case BALD -> {
                // A fringe over the ears only.
                topHair = new Area(new Ellipse2D.Double(-rx - 1.2 * s, hy - 2 * s, 3.4 * s, 8 * s));
                topHair.add(new Area(new Ellipse2D.Double(rx - 2.2 * s, hy - 2 * s, 3.4 * s, 8 * s)));
            }
        }
        hairTop = topHair;
        hairBack = back;
        upperArm = new BasicStroke((float) (10 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        foreArm = new BasicStroke((float) (8 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        outline = new BasicStroke((float) (0.8 * s));
        handR = 4.6 * s;
    }

    Body body() { return body; }

    /** Legs in their seated pose; drawn before the sway so that the feet stay on the floor. */
    void drawLegs(Graphics2D g) {
        g.setColor(trousers);
        g.fill(legs);
        g.setColor(shoe);
        for (Shape s : shoes) g.fill(s);
    }

    /** Torso, neck, head and hair. */
    void drawTorso(Graphics2D g) {
        if (hairBack != null) {
            g.setColor(hair);
            g.fill(hairBack);
        }
        g.setColor(top);
        g.fill(torso);
        g.setStroke(outline);
        g.setColor(topDark);
        g.draw(torso);
        g.setColor(skinDark);
        g.fill(neck);
        g.setColor(skin);
        g.fill(head);
        g.setColor(new Color(0x2A1E18));
        for (Shape e : eyes) g.fill(e);
        g.setColor(hair);
        g.fill(hairTop);
    }

    /** An arm from a shoulder to {@code hand}, elbow hanging down; {@code left} is the player's left (image right). */
    void drawArm(Graphics2D g, boolean left, Point2D hand) {
        Point2D shoulder = left ? body.leftShoulder() : body.rightShoulder();
        Point2D elbow = elbow(shoulder, hand, body.upperArm(), body.foreArm(), HAND_DEPTH * body.size(), left);
        g.setColor(top);
        g.setStroke(upperArm);
        g.draw(new Line2D.Double(shoulder, elbow));
        g.setColor(shortSleeves ? skin : top);
        g.setStroke(foreArm);
        g.draw(new Line2D.Double(elbow, hand));
    }

    /** A hand at {@code p}. */
    void drawHand(Graphics2D g, Point2D p) {
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(p.getX() - handR, p.getY() - handR, 2 * handR, 2 * handR));
        g.setStroke(outline);
        g.setColor(skinDark);
        g.draw(new Ellipse2D.Double(p.getX() - handR, p.getY() - handR, 2 * handR, 2 * handR));
    }

    /** A finger or thumb reaching from the hand at {@code from} to {@code to}, {@code width} thick. */
    void drawFinger(Graphics2D g, Point2D from, Point2D to, double width) {
        g.setColor(skin);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(from, to));
    }

    /** A fingertip on a key, string or valve. */
    void drawFingertip(Graphics2D g, Point2D p, double r) {
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
    }

    /**
     * Two-bone reach: the elbow of an arm from shoulder {@code s} to a hand at {@code h}, the hand being
     * {@code depth} in front of the shoulders. The elbow hangs as low as the bones allow, a little
     * outwards, and is projected onto the picture. A target out of reach straightens the arm towards it.
     */
    static Point2D elbow(Point2D s, Point2D h, double a, double b, double depth, boolean left) {
        double dx = h.getX() - s.getX();
        double dy = h.getY() - s.getY();
        double dz = depth;
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (d >= a + b) return new Point2D.Double(s.getX() + dx * a / (a + b), s.getY() + dy * a / (a + b));
        double along = (a * a - b * b + d * d) / (2 * d);
        double off = Math.sqrt(Math.max(0, a * a - along * along));
        double ux = dx / d;
        double uy = dy / d;
        double uz = dz / d;
        // The preferred elbow direction, down and a little outwards, made perpendicular to the arm's axis.
        double ex = left ? 0.35 : -0.35;
        double ey = -1;
        double ez = 0;
        double dot = ex * ux + ey * uy + ez * uz;
        ex -= dot * ux;
        ey -= dot * uy;
        ez -= dot * uz;
        double n = Math.sqrt(ex * ex + ey * ey + ez * ez);
        if (n < 1e-9) return new Point2D.Double(s.getX() + ux * along, s.getY() + uy * along);
        return new Point2D.Double(s.getX() + ux * along + ex / n * off, s.getY() + uy * along + ey / n * off);
    }

    private static Shape quad(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        java.awt.geom.Path2D p = new java.awt.geom.Path2D.Double();
        p.moveTo(x0, y0);
        p.lineTo(x1, y1);
        p.lineTo(x2, y2);
        p.lineTo(x3, y3);
        p.closePath();
        return p;
    }
}

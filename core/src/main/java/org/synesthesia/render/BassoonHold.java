package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.synesthesia.instrument.Pose;

/**
 * The bassoon: a tall red-brown wooden pipe held diagonally across the seated player, boot at the
 * right hip, bell above the head on the left, played through a curved metal bocal. The local frame
 * runs from the bottom of the boot (y = 0) up to the bell. {@code fingers} covers six tone holes,
 * three on the wing joint (left hand) and three on the boot (right hand).
 */
final class BassoonHold extends Hold {

    private static final double[][] HOLES = {{-2.7, 56}, {-2.7, 50}, {-2.7, 44}, {-2.3, 22}, {-2.3, 16}, {-2.3, 10}};

    private final Color wood;
    private final Color woodDark;
    private final Color ivory;
    private final Color silver;
    private final Color reed;
    private final Shape boot;
    private final Shape wing;
    private final Shape longJoint;
    private final Shape bell;
    private final Shape bellRing;
    private final Shape[] bands;
    private final BasicStroke edge = new BasicStroke(0.5f);
    private final BasicStroke bocalRim = stroke(1.3);
    private final BasicStroke bocalCore = stroke(0.8);
    private final BasicStroke reedStroke = stroke(1.0);

    BassoonHold(Light light) {
        wood = light.on(0x8A3418);
        woodDark = Light.shade(wood, 0.55);
        ivory = light.on(0xECE4D0);
        silver = light.on(0xD0D4DA);
        reed = light.on(0xC8A86A);
        boot = new RoundRectangle2D.Double(-4.8, 0, 9.6, 33, 5, 5);
        wing = new Rectangle2D.Double(-4.7, 30, 3.9, 34);
        longJoint = new Rectangle2D.Double(-0.4, 30, 4.8, 78);
        bell = Outline.taper(new double[] {108, 131}, new double[] {2.4, 2.7});
        bellRing = new Rectangle2D.Double(-2.9, 131, 5.8, 3);
        bands = new Shape[] {new Rectangle2D.Double(-4.9, 29.5, 9.8, 1.2), new Rectangle2D.Double(-4.9, 63.5, 4.3, 1.0),
                new Rectangle2D.Double(-0.5, 107.5, 5.0, 1.0)};
    }

    @Override
    double frameHeight() { return 175; }

    @Override
    double kneeSpread() { return 1.2; }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double s = body.size();
        double r = ease(pose.raised());
        Placement play = new Placement(-16 * s, body.hipY() - 8, 68 + 2 * (pose.hand() - 0.5), 0.95, 1);
        Placement rest = new Placement(-22 * s, body.hipY() - 14, 86, 0.95, 1);
        Placement at = rest.toward(play, r);
        double shift = 1.5 * (pose.hand() - 0.5);
        Point2D leftHand = at.at(-6, 50 + shift);
        Point2D rightHand = at.at(-6.5, 16 + shift);
        figure.drawArm(g, true, leftHand);
        figure.drawArm(g, false, rightHand);
        local(g, at, () -> {
            paint(g, boot, wood, woodDark, edge);
            paint(g, wing, wood, woodDark, edge);
            paint(g, longJoint, wood, woodDark, edge);
            g.translate(2.0, 0);
            paint(g, bell, wood, woodDark, edge);
            paint(g, bellRing, ivory, woodDark, edge);
            g.translate(-2.0, 0);
            g.setColor(silver);
            for (Shape b : bands) g.fill(b);
            g.setColor(woodDark);
            for (double[] h : HOLES) g.fill(new Ellipse2D.Double(h[0] - 0.6, h[1] - 0.6, 1.2, 1.2));
        });
        // The bocal leaves the top of the wing joint and bends to the lips, or away from them at rest.
        Point2D start = at.at(-2.7, 64);
        Point2D bend = at.at(-2.7, 76);
        Point2D end = lerp(at.at(-9, 78), point(body.mouth().getX() - 1, body.mouth().getY() - 1), r);
        QuadCurve2D bocal = new QuadCurve2D.Double(start.getX(), start.getY(), bend.getX(), bend.getY(), end.getX(), end.getY());
        tube(g, bocal, silver, bocalRim, bocalCore);
        g.setColor(reed);
        g.setStroke(reedStroke);
        g.draw(new java.awt.geom.Line2D.Double(end.getX(), end.getY(), end.getX() + 1.2, end.getY() + 0.6));
        figure.drawHand(g, leftHand);
        figure.drawHand(g, rightHand);
        int covered = holesCovered(pose.fingers(), HOLES.length);
        for (int i = 0; i < covered; i++) figure.drawFingertip(g, at.at(HOLES[i][0], HOLES[i][1]), 1.2);
    }
}

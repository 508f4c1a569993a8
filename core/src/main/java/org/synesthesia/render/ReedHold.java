package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * Oboe and clarinet: black pipes held down in front of the body from the lips, left hand above the
 * right. The oboe is slim with a double reed and a small bulb bell; the clarinet is wider with a
 * mouthpiece, a barrel and a flared bell. The local frame runs from the reed tip (y = 0) down to the
 * bell. {@code fingers} covers the six tone holes from the top.
 */
final class ReedHold extends Hold {

    private final boolean clarinet;
    private final double[] holes;
    private final Color black;
    private final Color rim;
    private final Color silver;
    private final Color reed;
    private final List<Shape> pipe = new ArrayList<>();
    private final List<Shape> metal = new ArrayList<>();
    private final Shape reedShape;
    private final List<Shape> rods = new ArrayList<>();
    private final BasicStroke edge = new BasicStroke(0.35f);
    private final BasicStroke rodStroke = stroke(0.3);
    private final BasicStroke shineStroke = stroke(0.35);
    private final Color shine;
    private final Shape shineLine;

    ReedHold(Instrument instrument, Light light) {
        clarinet = instrument == Instrument.CLARINET;
        black = light.on(clarinet ? 0x141416 : 0x1E1A1C);
        rim = light.on(0x6A6A72);
        silver = light.on(0xD0D4DA);
        reed = light.on(0xC8A86A);
        shine = light.on(0x9A9AA4);
        shineLine = new Line2D.Double(-0.45, clarinet ? 10 : 7, -0.45, clarinet ? 58 : 52);
        if (clarinet) {
            holes = new double[] {20, 24.5, 29, 41, 45.5, 50};
            reedShape = Outline.taper(new double[] {0, 2.5}, new double[] {0.35, 0.5});
            pipe.add(Outline.taper(new double[] {0.5, 6, 9}, new double[] {0.5, 1.1, 1.25}));
            pipe.add(Outline.taper(new double[] {9, 15.5}, new double[] {1.55, 1.45}));
            pipe.add(Outline.taper(new double[] {15.5, 37.5}, new double[] {1.35, 1.35}));
            pipe.add(Outline.taper(new double[] {37.5, 57}, new double[] {1.4, 1.5}));
            pipe.add(Outline.taper(new double[] {57, 60, 63, 65.5, 67}, new double[] {1.6, 1.85, 2.4, 3.2, 3.6}));
            metal.add(new Rectangle2D.Double(-1.2, 4.2, 2.4, 1.6));
            for (double y : new double[] {15.2, 37.2, 56.7}) metal.add(new Rectangle2D.Double(-1.6, y, 3.2, 0.7));
            metal.add(new Rectangle2D.Double(-3.7, 66.3, 7.4, 0.8));
            for (double h : holes) metal.add(ring(h, 0.95));
            rods.add(new Line2D.Double(1.2, 17, 1.2, 55));
        } else {
            holes = new double[] {13, 17, 21, 33, 37, 41};
            reedShape = Outline.taper(new double[] {0, 3.5}, new double[] {0.45, 0.3});
            pipe.add(Outline.taper(new double[] {3.5, 6}, new double[] {0.45, 0.5}));
            pipe.add(Outline.taper(new double[] {6, 28}, new double[] {0.75, 0.95}));
            pipe.add(Outline.taper(new double[] {28.5, 52}, new double[] {0.95, 1.15}));
            pipe.add(Outline.smooth(new double[] {51.5, 55, 59, 62.5, 64.5}, new double[] {1.15, 1.55, 1.8, 1.8, 1.6}));
            for (double y : new double[] {5.6, 27.8, 51.6}) metal.add(new Rectangle2D.Double(-1.1, y, 2.2, 0.6));
            for (double h : holes) metal.add(ring(h, 0.7));
            rods.add(new Line2D.Double(0.95, 8, 0.95, 50));
            rods.add(new Line2D.Double(-0.9, 10, -0.9, 48));
            for (double y = 10; y < 50; y += 6) rods.add(new Line2D.Double(-0.9, y, 0.95, y + 2));
        }
    }

    private static Shape ring(double y, double r) { return new Ellipse2D.Double(-r, y - r, 2 * r, 2 * r); }

    /** Pipes drawn a third wider than life so that they still show in a 64-pixel crop. */
    private static final double WIDEN = 1.35;

    @Override
    double frameHeight() { return 150; }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double r = ease(pose.raised());
        Point2D mouth = body.mouth();
        double tilt = 4 * (pose.hand() - 0.5);
        Placement play = new Placement(mouth.getX(), mouth.getY() - 0.5 * body.size(),
                (clarinet ? -82 : -93) + tilt, clarinet ? 0.74 : 0.72, WIDEN);
        Placement rest = new Placement(body.lap(1).getX() + 12, body.lapY() + 8, 192, 0.9, WIDEN);
        Placement at = rest.toward(play, r);
        double shift = 1.5 * (pose.hand() - 0.5);
        Point2D leftHand = at.at(-1.8, holes[1] + shift);
        Point2D rightHand = at.at(1.8, holes[4] + shift);
        figure.drawArm(g, true, leftHand);
        figure.drawArm(g, false, rightHand);
        local(g, at, () -> {
            paint(g, reedShape, reed, Light.shade(reed, 0.6), edge);
            for (Shape s : pipe) paint(g, s, black, rim, edge);
            // A glossy reflection along the polished wood, so that a black pipe shows against black clothes.
            g.setColor(shine);
            g.setStroke(shineStroke);
            g.draw(shineLine);
            g.setColor(silver);
            g.setStroke(rodStroke);
            for (Shape s : rods) g.draw(s);
            for (Shape s : metal) {
                if (s instanceof Ellipse2D) {
                    g.setStroke(rodStroke);
                    g.draw(s);
                } else {
                    g.fill(s);
                }
            }
        });
        figure.drawHand(g, leftHand);
        figure.drawHand(g, rightHand);
        int covered = holesCovered(pose.fingers(), holes.length);
        for (int i = 0; i < covered; i++) figure.drawFingertip(g, at.at(0, holes[i]), 1.0);
    }
}

package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.synesthesia.instrument.Pose;

/**
 * The tuba, upright on the seated player's lap, bell up beside the head on the player's left, four
 * top-action valves under the right hand. The local frame has its origin on the lap at the bottom
 * bow, y up. {@code fingers} presses the first three valves.
 */
final class TubaHold extends Hold {

    private static final double[] VALVES = {-17, -13.6, -10.2, -6.8};

    private final Color brass;
    private final Color brassDark;
    private final Color silver;
    private final Color pearl;
    private final Shape bigBranch;
    private final Shape bell;
    private final Shape bellRim;
    private final Shape bellInside;
    private final Shape bottomBow;
    private final Shape smallBranch;
    private final Shape loop;
    private final Shape[] casings = new Shape[VALVES.length];
    private final BasicStroke edge = new BasicStroke(0.5f);
    private final BasicStroke bowRim = stroke(11);
    private final BasicStroke bowCore = stroke(9.8);
    private final BasicStroke loopRim = stroke(2.4);
    private final BasicStroke loopCore = stroke(1.7);
    private final BasicStroke stem = stroke(0.7);

    TubaHold(Light light) {
        brass = light.on(0xD0A040);
        brassDark = Light.shade(brass, 0.55);
        silver = light.on(0xD0D4DA);
        pearl = light.on(0xF2EEE4);
        bigBranch = Outline.segment(9, -6, 6, 12, 52, 9.5);
        java.awt.geom.Path2D flare = Outline.taper(new double[] {51, 60, 67, 71.5, 74}, new double[] {9.5, 11.5, 14.5, 18.5, 22});
        flare.transform(java.awt.geom.AffineTransform.getTranslateInstance(12, 0));
        bell = flare;
        bellRim = new Ellipse2D.Double(-10.5, 70, 45, 8.5);
        bellInside = new Ellipse2D.Double(-8, 71.5, 40, 5.5);
        bottomBow = Outline.curve(-9, 4, -8, -5, 0, -9.5, 8, -6);
        smallBranch = Outline.segment(-9, 2, 3.6, -9, 34, 3.0);
        loop = new RoundRectangle2D.Double(16, 14, 11, 26, 8, 8);
        for (int i = 0; i < VALVES.length; i++) casings[i] = new Rectangle2D.Double(VALVES[i] - 1.5, 24, 3.0, 16);
    }

    @Override
    double frameHeight() { return 160; }

    @Override
    double kneeSpread() { return 1.3; }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double s = body.size();
        double r = ease(pose.raised());
        Placement play = new Placement(16 * s, body.lapY() + 8, 90 + 3 * (pose.hand() - 0.5), 1, 1);
        Placement rest = new Placement(20 * s, body.lapY(), 74, 1, 1);
        Placement at = rest.toward(play, r);
        int down = valves(pose.fingers());
        Point2D leftHand = at.at(19, 24);
        Point2D rightHand = lerp(point(body.lap(-1).getX(), body.lapY() + 3), at.at(-12, 49), r);
        local(g, at, () -> {
            tube(g, loop, brass, loopRim, loopCore);
            tube(g, bottomBow, brass, bowRim, bowCore);
            paint(g, smallBranch, brass, brassDark, edge);
            paint(g, bigBranch, brass, brassDark, edge);
            paint(g, bell, brass, brassDark, edge);
            paint(g, bellRim, brass, brassDark, edge);
            g.setColor(Light.shade(brass, 0.35));
            g.fill(bellInside);
            for (int i = 0; i < VALVES.length; i++) {
                paint(g, casings[i], silver, Light.shade(silver, 0.5), edge);
                boolean pressed = i < 3 && (down >> i & 1) == 1;
                double cap = pressed ? 41.5 : 44;
                g.setColor(silver);
                g.setStroke(stem);
                g.draw(new Line2D.Double(VALVES[i], 40, VALVES[i], cap));
                paint(g, new Ellipse2D.Double(VALVES[i] - 1.4, cap - 0.4, 2.8, 1.3), pearl, brassDark, edge);
            }
        });
        // The leadpipe runs from the valves up to the lips, or stops short of them at rest.
        Point2D start = at.at(-17, 40);
        Point2D bend = at.at(-19, 52);
        Point2D end = lerp(at.at(-14, 58), point(body.mouth().getX() - 0.5, body.mouth().getY() - 0.5), r);
        tube(g, new QuadCurve2D.Double(start.getX(), start.getY(), bend.getX(), bend.getY(), end.getX(), end.getY()),
                brass, loopRim, loopCore);
        g.setColor(silver);
        g.fill(new Ellipse2D.Double(end.getX() - 1.4, end.getY() - 1.4, 2.8, 2.8));
        figure.drawArm(g, true, leftHand);
        figure.drawArm(g, false, rightHand);
        figure.drawHand(g, leftHand);
        figure.drawHand(g, rightHand);
        if (r > 0.5) {
            for (int i = 0; i < 3; i++) {
                boolean pressed = (down >> i & 1) == 1;
                figure.drawFingertip(g, at.at(VALVES[i], pressed ? 42.5 : 46), 1.2);
            }
        }
    }
}

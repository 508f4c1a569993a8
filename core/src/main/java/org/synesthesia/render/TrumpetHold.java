package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.synesthesia.instrument.Pose;

/**
 * The trumpet, held level from the lips and pointing forward to the player's right, valves up
 * under the right hand's fingers. The local frame runs from the mouthpiece (y = 0) to the bell, local
 * +x is up. {@code fingers} presses the three valves (a pressed valve's button sits low under a
 * fingertip), {@code hand} lifts the bell a little for high notes.
 */
final class TrumpetHold extends Hold {

    private static final double[] VALVES = {18, 21, 24};

    private final Color brass;
    private final Color brassDark;
    private final Color silver;
    private final Color pearl;
    private final Shape mouthpiece;
    private final Shape pipe;
    private final Shape bell;
    private final Shape bellRim;
    private final Shape bellInside;
    private final Shape slide;
    private final Shape[] casings = new Shape[VALVES.length];
    private final BasicStroke edge = new BasicStroke(0.3f);
    private final BasicStroke slideRim = stroke(1.3);
    private final BasicStroke slideCore = stroke(0.8);
    private final BasicStroke stem = stroke(0.5);

    TrumpetHold(Light light) {
        brass = light.on(0xD9A93A);
        brassDark = Light.shade(brass, 0.55);
        silver = light.on(0xD0D4DA);
        pearl = light.on(0xF2EEE4);
        mouthpiece = Outline.taper(new double[] {0, 1.2, 6}, new double[] {1.2, 0.55, 0.5});
        pipe = Outline.taper(new double[] {6, 33}, new double[] {0.6, 0.65});
        bell = Outline.taper(new double[] {33, 38, 42, 45, 47, 48}, new double[] {0.65, 1.0, 1.7, 2.8, 4.4, 6.0});
        bellRim = new Ellipse2D.Double(-6.2, 46.2, 12.4, 4.2);
        bellInside = new Ellipse2D.Double(-5.2, 46.9, 10.4, 2.8);
        slide = new RoundRectangle2D.Double(-4.6, 12, 4.2, 22, 4, 4);
        for (int i = 0; i < VALVES.length; i++) casings[i] = new Rectangle2D.Double(-3.6, VALVES[i] - 1.15, 6.8, 2.3);
    }

    @Override
    double frameHeight() { return 150; }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double r = ease(pose.raised());
        Point2D mouth = body.mouth();
        Placement play = new Placement(mouth.getX() - 0.5, mouth.getY() - 0.5, 193 - 8 * (pose.hand() - 0.5), 0.85, 1);
        Placement rest = new Placement(6, body.lapY() + 9, 186, 0.95, 1);
        Placement at = rest.toward(play, r);
        int down = valves(pose.fingers());
        Point2D rightHand = at.at(4.5, 14);
        Point2D leftHand = at.at(-1.5, 27);
        figure.drawArm(g, true, leftHand);
        figure.drawArm(g, false, rightHand);
        local(g, at, () -> {
            tube(g, slide, brass, slideRim, slideCore);
            paint(g, pipe, brass, brassDark, edge);
            paint(g, bell, brass, brassDark, edge);
            paint(g, bellRim, brass, brassDark, edge);
            g.setColor(brassDark);
            g.fill(bellInside);
            paint(g, mouthpiece, silver, Light.shade(silver, 0.5), edge);
            for (int i = 0; i < VALVES.length; i++) {
                paint(g, casings[i], brass, brassDark, edge);
                boolean pressed = (down >> i & 1) == 1;
                double cap = pressed ? 4.0 : 6.0;
                g.setColor(silver);
                g.setStroke(stem);
                g.draw(new java.awt.geom.Line2D.Double(3.2, VALVES[i], cap, VALVES[i]));
                paint(g, new Ellipse2D.Double(cap - 0.4, VALVES[i] - 1.0, 0.9, 2.0), pearl, brassDark, edge);
            }
        });
        figure.drawHand(g, leftHand);
        figure.drawHand(g, rightHand);
        for (int i = 0; i < VALVES.length; i++) {
            boolean pressed = (down >> i & 1) == 1;
            figure.drawFingertip(g, at.at(pressed ? 4.8 : 7.4, VALVES[i]), 1.0);
        }
    }
}

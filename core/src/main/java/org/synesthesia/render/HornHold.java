package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import org.synesthesia.instrument.Pose;

/**
 * The French horn: a round coil of brass in front of the chest, the wide bell down at the player's
 * right with the right hand in it, the left hand on three rotary valve levers. The local frame has
 * its origin at the mouthpiece, y up. {@code fingers} presses the levers.
 */
final class HornHold extends Hold {

    private static final double CX = -13;
    private static final double CY = -27;
    private static final double[][] ROTORS = {{-1.5, -19}, {-0.6, -23}, {0.2, -27}};

    private final Color brass;
    private final Color brassDark;
    private final Color silver;
    private final Shape leadpipe;
    private final Shape[] coils;
    private final Shape bellTube;
    private final Shape bellRim;
    private final Shape bellInside;
    private final BasicStroke edge = new BasicStroke(0.4f);
    private final BasicStroke[] coilRims = {stroke(2.4), stroke(1.7), stroke(1.4)};
    private final BasicStroke[] coilCores = {stroke(1.7), stroke(1.1), stroke(0.9)};
    private final BasicStroke lever = stroke(0.9);

    HornHold(Light light) {
        brass = light.on(0xD4A23C);
        brassDark = Light.shade(brass, 0.55);
        silver = light.on(0xD0D4DA);
        leadpipe = Outline.curve(0, 0, -1.8, -5, -3.5, -10, -5.5, -14);
        coils = new Shape[] {circle(CX, CY, 13.5), circle(CX, CY, 10.3), circle(CX + 0.5, CY - 0.5, 7.2)};
        bellTube = Outline.segment(-21, -36, 1.4, -29, -45, 5);
        AffineTransform tilt = AffineTransform.getRotateInstance(Math.toRadians(40), -32, -49);
        bellRim = tilt.createTransformedShape(new Ellipse2D.Double(-45, -54, 26, 10));
        bellInside = tilt.createTransformedShape(new Ellipse2D.Double(-43, -52.5, 22, 7));
    }

    private static Shape circle(double x, double y, double r) { return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r); }

    @Override
    double frameHeight() { return 150; }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double r = ease(pose.raised());
        Point2D mouth = body.mouth();
        Placement play = new Placement(mouth.getX(), mouth.getY() - 0.5, 90 + 4 * (pose.hand() - 0.5), 1, 1);
        Placement rest = new Placement(4, body.lapY() + 40, 112, 1, 1);
        Placement at = rest.toward(play, r);
        int down = valves(pose.fingers());
        Point2D leftHand = at.at(6.5, -22);
        Point2D rightHand = at.at(-31, -47);
        figure.drawArm(g, false, rightHand);
        local(g, at, () -> {
            paint(g, bellTube, brass, brassDark, edge);
            for (int i = 0; i < coils.length; i++) tube(g, coils[i], brass, coilRims[i], coilCores[i]);
            tube(g, leadpipe, brass, coilRims[2], coilCores[2]);
            paint(g, bellRim, brass, brassDark, edge);
            g.setColor(Light.shade(brass, 0.35));
            g.fill(bellInside);
            for (int i = 0; i < ROTORS.length; i++) {
                double[] c = ROTORS[i];
                paint(g, new Ellipse2D.Double(c[0] - 1.6, c[1] - 1.6, 3.2, 3.2), silver, brassDark, edge);
                boolean pressed = (down >> i & 1) == 1;
                g.setColor(silver);
                g.setStroke(lever);
                g.draw(new Line2D.Double(c[0] + 1.2, c[1], c[0] + 5, c[1] + (pressed ? -1.8 : 1.6)));
            }
        });
        figure.drawArm(g, true, leftHand);
        figure.drawHand(g, leftHand);
        figure.drawHand(g, rightHand);
        for (int i = 0; i < ROTORS.length; i++) {
            boolean pressed = (down >> i & 1) == 1;
            double[] c = ROTORS[i];
            figure.drawFingertip(g, at.at(c[0] + 5.2, c[1] + (pressed ? -1.8 : 2.6)), 1.0);
        }
    }
}

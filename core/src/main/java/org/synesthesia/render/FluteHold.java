package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.synesthesia.instrument.Pose;

/**
 * The flute, held sideways to the player's right from the lips. The local frame runs from the
 * embouchure hole (y = 0) to the foot. {@code hand} shifts both hands a little along the keys and
 * tips the flute, {@code fingers} covers the six main keys from the head down.
 */
final class FluteHold extends Hold {

    private static final double[] KEYS = {19, 23, 27, 36, 40, 44};

    private final Color silver;
    private final Color silverDark;
    private final Shape tube;
    private final Shape crown;
    private final Shape lipPlate;
    private final Shape[] keyCups = new Shape[KEYS.length];
    private final Shape[] joints;
    private final Shape rod;
    private final BasicStroke edge = new BasicStroke(0.35f);
    private final BasicStroke rodStroke = stroke(0.35);
    private final BasicStroke highlight = stroke(0.3);
    private final Color shine;

    FluteHold(Light light) {
        silver = light.on(0xD4D8DE);
        silverDark = Light.shade(silver, 0.5);
        shine = light.on(0xF6F8FA);
        tube = new Rectangle2D.Double(-0.95, -7, 1.9, 66);
        crown = new Rectangle2D.Double(-1.15, -8.5, 2.3, 1.8);
        lipPlate = new Ellipse2D.Double(-1.5, -1.8, 3.0, 3.6);
        for (int i = 0; i < KEYS.length; i++) keyCups[i] = new Ellipse2D.Double(-0.85, KEYS[i] - 0.9, 1.7, 1.8);
        joints = new Shape[] {new Rectangle2D.Double(-1.1, 13, 2.2, 1.0), new Rectangle2D.Double(-1.1, 50, 2.2, 1.0)};
        rod = new Line2D.Double(1.05, 16, 1.05, 57);
    }

    @Override
    double frameHeight() { return 150; }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double r = ease(pose.raised());
        Point2D mouth = body.mouth();
        Placement play = new Placement(mouth.getX() - 1, mouth.getY() - 2 * body.size(), 192 - 6 * (pose.hand() - 0.5), 0.8, 1.3);
        Placement rest = new Placement(body.lap(1).getX() + 4, body.lapY() + 9, 200, 0.95, 1.3);
        Placement at = rest.toward(play, r);
        double shift = 2 * (pose.hand() - 0.5);
        Point2D leftHand = at.at(-2.2, 22 + shift);
        Point2D rightHand = at.at(-2.2, 41 + shift);
        figure.drawArm(g, true, leftHand);
        figure.drawArm(g, false, rightHand);
        local(g, at, () -> {
            paint(g, tube, silver, silverDark, edge);
            g.setColor(shine);
            g.setStroke(highlight);
            g.draw(new Line2D.Double(0.35, -6, 0.35, 58));
            paint(g, crown, silver, silverDark, edge);
            for (Shape j : joints) paint(g, j, silver, silverDark, edge);
            g.setColor(silverDark);
            g.setStroke(rodStroke);
            g.draw(rod);
            paint(g, lipPlate, silver, silverDark, edge);
            g.setColor(silverDark);
            g.fill(new Ellipse2D.Double(-0.5, -0.6, 1.0, 1.2));
            for (Shape k : keyCups) paint(g, k, silver, silverDark, edge);
        });
        figure.drawHand(g, leftHand);
        figure.drawHand(g, rightHand);
        int covered = holesCovered(pose.fingers(), KEYS.length);
        for (int i = 0; i < covered; i++) figure.drawFingertip(g, at.at(0, KEYS[i]), 1.1);
    }
}

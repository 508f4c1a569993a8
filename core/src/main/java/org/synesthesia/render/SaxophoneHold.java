package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.synesthesia.instrument.Pose;

/**
 * The alto saxophone (silver-plated), hung at the player's right side: a bent neck from the lips, a
 * conical body, the U-bow and an upturned bell. The local frame has its origin at the mouthpiece, y up.
 * {@code fingers} covers six pearl keys from the top; at rest the saxophone hangs low on its strap.
 */
final class SaxophoneHold extends Hold {

    private static final double TOP_X = -10;
    private static final double TOP_Y = -13;
    private static final double BOTTOM_X = -13;
    private static final double BOTTOM_Y = -50;
    private static final double[] KEYS = {0.2, 0.32, 0.44, 0.62, 0.74, 0.86};

    private final Color silver;
    private final Color silverDark;
    private final Color pearl;
    private final Color black;
    private final Shape neck;
    private final Shape body;
    private final Shape bow;
    private final Shape bellTube;
    private final Shape bellRim;
    private final Shape bellInside;
    private final Shape mouthpiece;
    private final BasicStroke edge = new BasicStroke(0.45f);
    private final BasicStroke neckRim = stroke(1.8);
    private final BasicStroke neckCore = stroke(1.2);
    private final BasicStroke bowRim = stroke(7.4);
    private final BasicStroke bowCore = stroke(6.4);
    private final BasicStroke mouthpieceStroke = stroke(1.8);

    SaxophoneHold(Light light) {
        silver = light.on(0xCDD0D4);
        silverDark = Light.shade(silver, 0.5);
        pearl = light.on(0xF2EEE4);
        black = light.on(0x151515);
        mouthpiece = new Line2D.Double(0, 0, -1.5, -3.5);
        neck = Outline.curve(-1.5, -3.5, -4, -7.5, -8, -10, TOP_X, TOP_Y);
        body = Outline.segment(TOP_X, TOP_Y, 1.3, BOTTOM_X, BOTTOM_Y, 3.3);
        Path2D u = Outline.curve(BOTTOM_X, BOTTOM_Y, -14.5, -55.5, -19, -57.5, -23, -54.5, -24.2, -48);
        bow = u;
        bellTube = Outline.segment(-24.2, -48.5, 3.4, -25.3, -37, 5.2);
        bellRim = new Ellipse2D.Double(-33, -39.5, 15.5, 6.5);
        bellInside = new Ellipse2D.Double(-31.5, -38.7, 12.5, 4.5);
    }

    @Override
    double frameHeight() { return 150; }

    private static Point2D onBody(double t, double across) {
        return point(TOP_X + (BOTTOM_X - TOP_X) * t + across, TOP_Y + (BOTTOM_Y - TOP_Y) * t);
    }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body b = figure.body();
        double r = ease(pose.raised());
        Point2D mouth = b.mouth();
        Placement play = new Placement(mouth.getX(), mouth.getY() - 0.5 * b.size(), 80 + 4 * (pose.hand() - 0.5), 1, 1);
        Placement rest = new Placement(mouth.getX() - 2, mouth.getY() - 24 * b.size(), 96, 1, 1);
        Placement at = rest.toward(play, r);
        Point2D leftPlay = at.at(onBody(0.32, 2.8).getX(), onBody(0.32, 0).getY());
        Point2D rightPlay = at.at(onBody(0.74, -3.5).getX(), onBody(0.74, 0).getY());
        Point2D leftHand = lerp(point(b.lap(1).getX(), b.lapY() + 3), leftPlay, Math.max(r, 0.35));
        Point2D rightHand = lerp(point(b.lap(-1).getX(), b.lapY() + 3), rightPlay, Math.max(r, 0.35));
        figure.drawArm(g, true, leftHand);
        figure.drawArm(g, false, rightHand);
        local(g, at, () -> {
            g.setColor(black);
            g.setStroke(mouthpieceStroke);
            g.draw(mouthpiece);
            tube(g, neck, silver, neckRim, neckCore);
            tube(g, bow, silver, bowRim, bowCore);
            paint(g, body, silver, silverDark, edge);
            paint(g, bellTube, silver, silverDark, edge);
            paint(g, bellRim, silver, silverDark, edge);
            g.setColor(Light.shade(silver, 0.35));
            g.fill(bellInside);
            for (double t : KEYS) {
                Point2D k = onBody(t, 0.9);
                paint(g, new Ellipse2D.Double(k.getX() - 0.9, k.getY() - 0.9, 1.8, 1.8), pearl, silverDark, edge);
            }
        });
        figure.drawHand(g, leftHand);
        figure.drawHand(g, rightHand);
        int covered = holesCovered(pose.fingers(), KEYS.length);
        for (int i = 0; i < covered && r > 0.5; i++) {
            Point2D k = onBody(KEYS[i], 0.9);
            figure.drawFingertip(g, at.at(k.getX(), k.getY()), 1.1);
        }
    }
}

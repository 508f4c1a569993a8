package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.synesthesia.instrument.Pose;

/**
 * The trombone: bell facing the camera beside the player's head on the left, the slide reaching
 * forward and down to the player's right. The local frame runs from the mouthpiece (y = 0) along the
 * slide. {@code hand} is normalized pitch, so the slide is out for low notes (hand 0, seventh
 * position) and in for high ones (hand 1, first position); {@code fingers} at 0.5 or more presses the
 * F-attachment trigger under the left thumb, which then shows as a silver lever.
 */
final class TromboneHold extends Hold {

    /** Slide travel from first to seventh position, in centimetres. */
    private static final double TRAVEL = 58;
    /** Distance between the two slide tubes. */
    private static final double GAP = 5.6;
    /** Where the pressed F trigger's lever ends, out past the left hand so that the thumb on it shows. */
    private static final double TRIGGER_X = -GAP - 9.5;
    private static final double TRIGGER_Y = 9;

    private final Color brass;
    private final Color brassDark;
    private final Color inner;
    private final Color silver;
    private final Shape mouthpiece;
    private final Shape innerSlide;
    private final BasicStroke edge = new BasicStroke(0.4f);
    private final BasicStroke innerStroke = flatStroke(1.0);
    private final BasicStroke outerRim = flatStroke(1.9);
    private final BasicStroke outerCore = flatStroke(1.3);
    private final BasicStroke brace = stroke(0.9);
    private final BasicStroke bellTubeRim = stroke(2.6);
    private final BasicStroke bellTubeCore = stroke(1.9);
    private final BasicStroke trigger = stroke(1.5);

    TromboneHold(Light light) {
        brass = light.on(0xD9A93A);
        brassDark = Light.shade(brass, 0.55);
        inner = light.on(0xE8D7A8);
        silver = light.on(0xD8DCE2);
        mouthpiece = Outline.taper(new double[] {-1, 0.2, 4}, new double[] {1.3, 0.6, 0.55});
        java.awt.geom.Path2D slides = new java.awt.geom.Path2D.Double();
        slides.append(new Line2D.Double(0, 3, 0, 66), false);
        slides.append(new Line2D.Double(-GAP, 3, -GAP, 66), false);
        innerSlide = slides;
    }

    @Override
    double frameHeight() { return 150; }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double s = body.size();
        double r = ease(pose.raised());
        Point2D mouth = body.mouth();
        Placement play = new Placement(mouth.getX() - 0.3, mouth.getY() - 0.5, -112, 0.62, 1);
        Placement rest = new Placement(9 * s, body.lapY() + 34, -96, 0.8, 1);
        Placement at = rest.toward(play, r);
        double out = (1 - pose.hand()) * TRAVEL;
        boolean triggered = pose.fingers() >= 0.5;
        Point2D bellCentre = lerp(point(19 * s, body.lapY() + 42), point(mouth.getX() + 17 * s, mouth.getY() + 3 * s), r);
        double bellR = 10.5;
        Point2D bellTop = at.at(-GAP, 3);
        Point2D rightHand = at.at(-GAP / 2, 12 + out);
        Point2D leftHand = at.at(-GAP - 2.5, 4.5);

        // Bell section first: it sits behind the slide and the left hand.
        tube(g, new Line2D.Double(bellTop, point(bellCentre.getX() - 2, bellCentre.getY() - 4)), brass, bellTubeRim, bellTubeCore);
        Ellipse2D bell = new Ellipse2D.Double(bellCentre.getX() - bellR, bellCentre.getY() - bellR, 2 * bellR, 2 * bellR);
        paint(g, bell, brass, brassDark, edge);
        g.setColor(Light.shade(brass, 0.62));
        g.fill(new Ellipse2D.Double(bellCentre.getX() - 0.78 * bellR, bellCentre.getY() - 0.78 * bellR, 1.56 * bellR, 1.56 * bellR));
        g.setColor(Light.shade(brass, 0.4));
        g.fill(new Ellipse2D.Double(bellCentre.getX() - 0.35 * bellR, bellCentre.getY() - 0.35 * bellR, 0.7 * bellR, 0.7 * bellR));

        figure.drawArm(g, true, leftHand);
        figure.drawArm(g, false, rightHand);
        local(g, at, () -> {
            g.setColor(inner);
            g.setStroke(innerStroke);
            g.draw(innerSlide);
            Line2D a = new Line2D.Double(0, 6 + out, 0, 67 + out);
            Line2D b = new Line2D.Double(-GAP, 6 + out, -GAP, 67 + out);
            Arc2D crook = new Arc2D.Double(-GAP, 67 + out - GAP / 2, GAP, GAP, 180, 180, Arc2D.OPEN);
            for (Shape part : new Shape[] {a, b, crook}) tube(g, part, brass, outerRim, outerCore);
            g.setColor(brassDark);
            g.fill(new Ellipse2D.Double(-GAP / 2 - 1.2, 67 + out + GAP / 2 - 0.6, 2.4, 2.4));
            g.setColor(brass);
            g.setStroke(brace);
            g.draw(new Line2D.Double(0, 12 + out, -GAP, 12 + out));
            g.draw(new Line2D.Double(0, 4, -GAP, 4));
            paint(g, mouthpiece, silver, Light.shade(silver, 0.5), edge);
            g.setColor(silver);
            g.setStroke(trigger);
            g.draw(triggered ? new Line2D.Double(-GAP - 1, 1, TRIGGER_X, TRIGGER_Y) : new Line2D.Double(-GAP - 1, 1, -GAP - 4, -3));
            g.fill(new Rectangle2D.Double(-GAP - 2, -1, 3, 3));
        });
        figure.drawHand(g, leftHand);
        if (triggered) {
            // The left thumb reaches out to hold the trigger down.
            figure.drawFinger(g, leftHand, at.at(TRIGGER_X, TRIGGER_Y), 3.2);
        }
        figure.drawHand(g, rightHand);
    }
}

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
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * Violin and viola under the chin, cello between the knees, double bass from a stool. The local
 * frame runs from the tail (y = 0) up the body, neck and scroll. {@code bow} slides the bow through
 * its contact point on the strings (frog 0 .. tip 1), {@code hand} moves the left hand from first
 * position (low pitch, by the nut) towards the body (high pitch), {@code fingers} sets how many
 * fingertips press the string below the hand.
 */
final class BowedHold extends Hold {

    private final Instrument instrument;
    private final boolean underChin;
    private final double b;
    private final double nutY;
    private final double bowLength;
    private final Color wood;
    private final Color woodDark;
    private final Color ebony;
    private final Color stringColour;
    private final Color stick;
    private final Color bowHair;
    private final Shape plate;
    private final Shape fingerboard;
    private final Shape neck;
    private final Shape pegbox;
    private final Shape scroll;
    private final Shape tailpiece;
    private final Shape bridge;
    private final Shape chinrest;
    private final List<Shape> fHoles = new ArrayList<>();
    private final List<Shape> strings = new ArrayList<>();
    private final BasicStroke edge;
    private final BasicStroke fHoleStroke;
    private final BasicStroke stringStroke;
    private final BasicStroke stickStroke;
    private final BasicStroke hairStroke;
    private final BasicStroke endpinStroke;

    BowedHold(Instrument instrument, Light light) {
        this.instrument = instrument;
        underChin = instrument == Instrument.VIOLIN || instrument == Instrument.VIOLA;
        boolean bass = instrument == Instrument.DOUBLE_BASS;
        b = switch (instrument) {
            case VIOLIN -> 35.5;
            case VIOLA -> 42.5;
            case CELLO -> 75;
            default -> 100;
        };
        double neckLength = (bass ? 0.42 : 0.37) * b;
        nutY = b + neckLength;
        double scrollLength = (bass ? 0.24 : 0.30) * b;
        bowLength = switch (instrument) {
            case VIOLIN -> 75;
            case VIOLA -> 74;
            case CELLO -> 72;
            default -> 70;
        };
        wood = light.on(switch (instrument) {
            case VIOLIN -> 0xC06A22;
            case VIOLA -> 0x9E4A1E;
            case CELLO -> 0x8E3A18;
            default -> 0x6A3418;
        });
        woodDark = Light.shade(wood, 0.55);
        ebony = light.on(0x1A1614);
        stringColour = light.on(0xD8D4C8);
        stick = light.on(0x4A2A14);
        bowHair = light.on(0xEDE6D2);

        double[] ys = {0, 0.05, 0.13, 0.22, 0.32, 0.41, 0.5, 0.59, 0.68, 0.79, 0.9, 0.97, 1.0};
        double[] half = bass
                ? new double[] {0.12, 0.22, 0.28, 0.295, 0.27, 0.2, 0.165, 0.18, 0.2, 0.19, 0.14, 0.08, 0.04}
                : new double[] {0.12, 0.22, 0.275, 0.29, 0.27, 0.2, 0.165, 0.19, 0.225, 0.235, 0.2, 0.12, 0.05};
        plate = Outline.smooth(scaled(ys, b), scaled(half, b));
        fingerboard = Outline.taper(new double[] {0.56 * b, nutY}, new double[] {0.058 * b, 0.034 * b});
        neck = Outline.taper(new double[] {0.95 * b, nutY + 0.02 * b}, new double[] {0.05 * b, 0.04 * b});
        pegbox = Outline.taper(new double[] {nutY, nutY + 0.7 * scrollLength}, new double[] {0.035 * b, 0.028 * b});
        double sr = 0.06 * b;
        scroll = new Ellipse2D.Double(-sr, nutY + scrollLength - 2 * sr, 2 * sr, 2 * sr);
        tailpiece = Outline.taper(new double[] {0.02 * b, 0.33 * b}, new double[] {0.03 * b, 0.058 * b});
        bridge = new Rectangle2D.Double(-0.1 * b, 0.43 * b, 0.2 * b, 0.025 * b);
        chinrest = underChin ? new Ellipse2D.Double(-0.27 * b, -0.02 * b, 0.2 * b, 0.14 * b) : null;
        for (int side = -1; side <= 1; side += 2) {
            fHoles.add(new QuadCurve2D.Double(side * 0.1 * b, 0.36 * b, side * 0.15 * b, 0.45 * b, side * 0.1 * b, 0.55 * b));
        }
        for (int i = 0; i < 4; i++) {
            double f = (i - 1.5) / 1.5;
            strings.add(new Line2D.Double(f * 0.035 * b, 0.33 * b, f * 0.02 * b, nutY));
        }
        double thick = underChin ? 1.0 : 1.25;
        edge = new BasicStroke((float) (0.012 * b));
        fHoleStroke = stroke(0.016 * b);
        stringStroke = new BasicStroke((float) Math.max(0.25, 0.006 * b));
        stickStroke = stroke(1.2 * thick);
        hairStroke = stroke(0.9 * thick);
        endpinStroke = stroke(1.2);
    }

    @Override
    double seatY() { return instrument == Instrument.DOUBLE_BASS ? Body.STOOL : Body.CHAIR; }

    @Override
    double kneeSpread() { return underChin ? 1 : instrument == Instrument.CELLO ? 1.75 : 1.5; }

    @Override
    double frameHeight() { return instrument == Instrument.DOUBLE_BASS ? 200 : instrument == Instrument.CELLO ? 165 : 150; }

    @Override
    double sway(Pose pose) { return 2.5 * (pose.bow() - 0.5) + super.sway(pose); }

    @Override
    void draw(Graphics2D g, Figure figure, Pose pose) {
        Body body = figure.body();
        double s = body.size();
        double r = ease(pose.raised());
        Placement play;
        Placement rest;
        double bowAngle;
        Point2D restFrog;
        double restBowAngle;
        if (underChin) {
            Point2D chin = body.chin();
            play = new Placement(chin.getX() - 3 * s, chin.getY() - 4 * s, 14, 0.75, 0.5);
            rest = new Placement(body.lap(1).getX() + 2 * s, body.lapY() + 2, 72, 0.95, 0.8);
            bowAngle = 38;
            restFrog = point(-14 * s, body.lapY() + 4);
            restBowAngle = 78;
        } else if (instrument == Instrument.CELLO) {
            play = new Placement(-3, body.hipY() - 22, 80, 1, 1);
            rest = new Placement(-3, body.hipY() - 24, 76, 1, 1);
            bowAngle = -6;
            restFrog = point(-22 * s, body.lapY() + 5);
            restBowAngle = 100;
        } else {
            play = new Placement(9, 24, 82, 1, 1);
            rest = new Placement(9, 22, 79, 1, 1);
            bowAngle = -8;
            restFrog = point(-24 * s, body.hipY());
            restBowAngle = -80;
        }
        Placement at = rest.toward(play, r);
        double handY = (nutY - 0.06 * b) + ((underChin ? 0.9 : 0.85) * b - (nutY - 0.06 * b)) * pose.hand();
        Point2D neckHand = at.at(0.1 * b, handY);
        Point2D leftHand = underChin ? at.at(0.1 * b, handY + (nutY - 0.1 * b - handY) * (1 - r))
                : lerp(point(body.lap(1).getX() + 8 * s, body.lapY() + 3), neckHand, r);

        // The bow: its contact point on the strings stays put while the frog moves along the bow's line.
        double bowAngleNow = restBowAngle + (bowAngle - restBowAngle) * r;
        double dx = Math.cos(Math.toRadians(bowAngleNow));
        double dy = Math.sin(Math.toRadians(bowAngleNow));
        Point2D contact = at.at(0, 0.5 * b);
        double projected = 0.75 * bowLength;
        Point2D playFrog = point(contact.getX() - dx * pose.bow() * projected, contact.getY() - dy * pose.bow() * projected);
        Point2D frog = lerp(restFrog, playFrog, r);
        Point2D rightHand = point(frog.getX() + dx * 2.5, frog.getY() + dy * 2.5);

        if (underChin) figure.drawArm(g, true, leftHand);
        if (!underChin) {
            Point2D tail = at.at(0, 0);
            g.setColor(Light.shade(stringColour, 0.8));
            g.setStroke(endpinStroke);
            g.draw(new Line2D.Double(tail.getX(), tail.getY(), tail.getX() - 2, 2));
        }
        local(g, at, () -> drawInstrument(g, pose, handY, r));
        if (!underChin) figure.drawArm(g, true, leftHand);
        figure.drawHand(g, leftHand);
        if (r > 0.5) {
            int down = holesCovered(pose.fingers(), 4);
            // Fingertips spread from the hand towards the bridge, drawn larger than life so that the number
            // pressed still shows in a 64-pixel crop.
            double tip = (underChin ? 0.05 : 0.04) * b;
            for (int i = 0; i < down; i++) figure.drawFingertip(g, at.at(0, handY - 0.12 * b - 1.6 * tip * i), tip);
        }
        figure.drawArm(g, false, rightHand);
        Line2D stickLine = new Line2D.Double(frog.getX(), frog.getY(), frog.getX() + dx * projected, frog.getY() + dy * projected);
        double hx = -dy * 1.1;
        double hy = dx * 1.1;
        g.setColor(bowHair);
        g.setStroke(hairStroke);
        g.draw(new Line2D.Double(frog.getX() + hx, frog.getY() + hy, stickLine.getX2() + hx * 0.4, stickLine.getY2() + hy * 0.4));
        g.setColor(stick);
        g.setStroke(stickStroke);
        g.draw(stickLine);
        figure.drawHand(g, rightHand);
    }

    private void drawInstrument(Graphics2D g, Pose pose, double handY, double r) {
        if (chinrest != null) {
            g.setColor(ebony);
            g.fill(chinrest);
        }
        paint(g, neck, wood, woodDark, edge);
        paint(g, pegbox, wood, woodDark, edge);
        paint(g, scroll, wood, woodDark, edge);
        paint(g, plate, wood, woodDark, edge);
        g.setColor(woodDark);
        g.setStroke(fHoleStroke);
        for (Shape f : fHoles) g.draw(f);
        g.setColor(ebony);
        g.fill(tailpiece);
        g.fill(fingerboard);
        g.setColor(Light.shade(wood, 1.5));
        g.fill(bridge);
        g.setColor(stringColour);
        g.setStroke(stringStroke);
        for (Shape s : strings) g.draw(s);
    }

    private static double[] scaled(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * f;
        return out;
    }
}

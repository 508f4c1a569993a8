package org.synesthesia.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * One instrument as it looks and is held: draws the instrument and the arms holding it in the
 * performer's body frame for a pose. Subclasses build their shapes once, in their constructor.
 */
abstract class Hold {

    /** Standard valve combinations from open to all three down (bit 0 = first valve), low pitch last. */
    private static final int[] VALVE_COMBINATIONS = {0b000, 0b010, 0b001, 0b011, 0b110, 0b101, 0b111};

    /** Seat height for this instrument's player. */
    double seatY() { return Body.CHAIR; }

    /** How far apart the knees are (1 normal). */
    double kneeSpread() { return 1; }

    /** Height of the frame above the floor, in centimetres, that shows player and instrument whole. */
    abstract double frameHeight();

    /** Draws the instrument and both arms and hands for one pose; the torso is already drawn. */
    abstract void draw(Graphics2D g, Figure figure, Pose pose);

    /** A small lean of the upper body in degrees that follows the playing, so players sway. */
    double sway(Pose pose) { return 1.5 * (pose.hand() - 0.5) - 1.0 * (1 - pose.raised()); }

    static Hold of(Instrument instrument, Light light) {
        return switch (instrument) {
            case VIOLIN, VIOLA, CELLO, DOUBLE_BASS -> new BowedHold(instrument, light);
            case FLUTE -> new FluteHold(light);
            case OBOE, CLARINET -> new ReedHold(instrument, light);
            case BASSOON -> new BassoonHold(light);
            case SAXOPHONE -> new SaxophoneHold(light);
            case TRUMPET -> new TrumpetHold(light);
            case HORN -> new HornHold(light);
            case TROMBONE -> new TromboneHold(light);
            case TUBA -> new TubaHold(light);
        };
    }

    /** Which of three valves are down for a {@code fingers} value: bit 0 is the first valve. */
    static int valves(double fingers) {
        return VALVE_COMBINATIONS[(int) Math.round(fingers * (VALVE_COMBINATIONS.length - 1))];
    }

    /** How many of {@code holes} tone holes are covered for a {@code fingers} value, from the top. */
    static int holesCovered(double fingers, int holes) { return (int) Math.round(fingers * holes); }

    /** The raise as drawn: eased so that lifting and lowering start and end gently. */
    static double ease(double raised) { return raised * raised * (3 - 2 * raised); }

    static Point2D lerp(Point2D a, Point2D b, double t) {
        return new Point2D.Double(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t);
    }

    static Point2D.Double point(double x, double y) { return new Point2D.Double(x, y); }

    static BasicStroke stroke(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke flatStroke(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /** Fills a shape and outlines it in a darker shade, so that it reads against any clothes. */
    static void paint(Graphics2D g, Shape shape, Color fill, Color edge, BasicStroke edgeStroke) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(edge);
        g.setStroke(edgeStroke);
        g.draw(shape);
    }

    /** Strokes a tube's centre line with a dark rim and a lighter core. */
    static void tube(Graphics2D g, Shape centreLine, Color colour, BasicStroke rim, BasicStroke core) {
        g.setColor(Light.shade(colour, 0.55));
        g.setStroke(rim);
        g.draw(centreLine);
        g.setColor(colour);
        g.setStroke(core);
        g.draw(centreLine);
    }

    /** Runs {@code drawing} in the instrument's local frame of {@code at}. */
    static void local(Graphics2D g, Placement at, Runnable drawing) {
        AffineTransform saved = g.getTransform();
        g.transform(at.transform());
        drawing.run();
        g.setTransform(saved);
    }
}

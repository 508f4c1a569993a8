package org.synesthesia.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;

/**
 * Where an instrument sits in a performer's body frame (centimetres, y up): its origin, the
 * direction its local +y axis points (degrees, counter-clockwise from image right), and the
 * foreshortening along and across that axis.
 */
record Placement(double x, double y, double direction, double along, double across) {

    /** The placement a fraction {@code t} of the way from this one to {@code to}. */
    Placement toward(Placement to, double t) {
        return new Placement(x + (to.x - x) * t, y + (to.y - y) * t, direction + (to.direction - direction) * t,
                along + (to.along - along) * t, across + (to.across - across) * t);
    }

    /** Maps the instrument's local coordinates into the body frame. */
    AffineTransform transform() {
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.rotate(Math.toRadians(direction - 90));
        t.scale(across, along);
        return t;
    }

    /** A local point of the instrument in the body frame. */
    Point2D at(double localX, double localY) {
        return transform().transform(new Point2D.Double(localX, localY), null);
    }
}

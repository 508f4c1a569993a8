package org.synesthesia.render;

import java.awt.geom.Point2D;

/**
 * Where a seated performer's body parts are, in the body frame: centimetres, x to the image right,
 * y up from the floor, origin on the floor under the middle of the hips. The player faces the camera,
 * so the player's left hand is on the image right.
 *
 * @param seatY         height of the seat (a chair, or a bass player's stool)
 * @param hipY          height of the hip joints
 * @param shoulderY     height of the shoulder joints
 * @param shoulderHalf  half the distance between the shoulder joints
 * @param headY         centre of the head
 * @param size          body scale (1 = average adult)
 * @param build         width scale
 */
record Body(double seatY, double hipY, double shoulderY, double shoulderHalf, double headY, double size, double build) {

    /** Seat height of an ordinary chair. */
    static final double CHAIR = 46;
    /** Seat height of a double bass player's stool. */
    static final double STOOL = 70;

    static Body seated(Appearance look, double seatY) {
        double s = look.size();
        double hip = seatY + 4 * s;
        double shoulder = hip + 50 * s;
        return new Body(seatY, hip, shoulder, 19 * s * look.build(), shoulder + 20 * s, s, look.build());
    }

    Point2D leftShoulder() { return new Point2D.Double(shoulderHalf - 3 * size, shoulderY); }

    Point2D rightShoulder() { return new Point2D.Double(-shoulderHalf + 3 * size, shoulderY); }

    Point2D mouth() { return new Point2D.Double(0, headY - 6 * size); }

    Point2D chin() { return new Point2D.Double(0, headY - 11.5 * size); }

    double headRx() { return 8.8 * size; }

    double headRy() { return 11.5 * size; }

    double upperArm() { return 30 * size; }

    /** Elbow to the middle of the hand. */
    double foreArm() { return 33 * size; }

    /** Top of the thighs, where things rest in the lap. */
    double lapY() { return hipY + 5 * size; }

    /** A point in the lap, {@code side} -1 on the right thigh (image left) .. 1 on the left thigh. */
    Point2D lap(double side) { return new Point2D.Double(side * 13 * size * build, lapY()); }
}

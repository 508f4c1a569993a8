package org.synesthesia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void elbowInThePictureKeepsTheUpperArmLengthAndHangsOutwards() {
        Point2D shoulder = new Point2D.Double(0, 100);
        Point2D hand = new Point2D.Double(0, 60);
        Point2D left = Figure.elbow(shoulder, hand, 30, 33, 0, true);
        Point2D right = Figure.elbow(shoulder, hand, 30, 33, 0, false);
        assertEquals(30, left.distance(shoulder), 1e-9);
        assertEquals(33, left.distance(hand), 1e-9);
        // (30^2 - 33^2 + 40^2) / (2 * 40) = 17.6375 below the shoulder, the rest of the bone sideways.
        assertEquals(100 - 17.6375, left.getY(), 1e-9);
        assertTrue(left.getX() > 20, "the player's left elbow points to the image right: " + left);
        assertTrue(right.getX() < -20, "the player's right elbow points to the image left: " + right);
    }

    @Test
    void handsInFrontOfTheBodyShortenTheElbowsSidewaysReach() {
        Point2D shoulder = new Point2D.Double(0, 100);
        Point2D hand = new Point2D.Double(0, 80);
        Point2D flat = Figure.elbow(shoulder, hand, 30, 33, 0, true);
        Point2D deep = Figure.elbow(shoulder, hand, 30, 33, 24, true);
        assertTrue(Math.abs(deep.getX()) < Math.abs(flat.getX()), flat + " vs " + deep);
        assertTrue(deep.getY() < shoulder.getY(), "the elbow hangs below the shoulder: " + deep);
    }

    @Test
    void aHandOutOfReachStraightensTheArmTowardsIt() {
        Point2D shoulder = new Point2D.Double(0, 0);
        Point2D e = Figure.elbow(shoulder, new Point2D.Double(100, 0), 30, 33, 0, false);
        assertEquals(100 * 30 / 63.0, e.getX(), 1e-9);
        assertEquals(0, e.getY(), 1e-9);
    }
}

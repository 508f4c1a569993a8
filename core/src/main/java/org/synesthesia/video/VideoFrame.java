package org.synesthesia.video;

/**
 * One decoded video frame.
 *
 * @param index 0-based frame number in decoding order
 * @param time  when the frame is shown, seconds from the first frame
 * @param image the picture
 */
public record VideoFrame(int index, double time, RgbFrame image) {}

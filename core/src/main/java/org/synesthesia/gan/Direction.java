package org.synesthesia.gan;

/** Which way a GAN generates: sound to image, or image to sound. */
public enum Direction {
    /** Sound embedding in, performer image out. */
    S2I,
    /** Image embedding in, spectrogram out. */
    I2S
}

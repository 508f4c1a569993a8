package org.synesthesia.prepare;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.synesthesia.io.BadInputException;
import org.synesthesia.video.PlayerCrop;
import org.synesthesia.video.RgbFrame;

/** Reads a still picture (JPEG, PNG) and scales its centre square to S x S RGB bytes. */
final class StillImages {

    private StillImages() {}

    static byte[] readSquare(Path file, int size) {
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": cannot be read as an image (" + e.getMessage() + "); replace or remove it.", e);
        }
        if (img == null) throw new BadInputException(file + ": not a JPEG or PNG image; replace or remove it.");
        RgbFrame frame = RgbFrame.of(img);
        return PlayerCrop.resize(frame, new org.synesthesia.video.Box(0, 0, frame.width(), frame.height()).centreSquare(), size);
    }
}

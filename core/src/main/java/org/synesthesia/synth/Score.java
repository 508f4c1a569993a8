package org.synesthesia.synth;

import java.util.List;
import org.synesthesia.urmp.Piece;

/** A composed piece: one part per track in track order, and the recording's length in seconds. */
public record Score(Piece piece, List<Part> parts, double seconds) {

    public Score {
        parts = List.copyOf(parts);
        if (parts.size() != piece.tracks()) throw new IllegalArgumentException("one part per track of " + piece.folderName());
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).instrument() != piece.instrument(i + 1)) throw new IllegalArgumentException("part " + (i + 1) + " is not played by " + piece.instrument(i + 1));
            if (parts.get(i).end() > seconds) throw new IllegalArgumentException("part " + (i + 1) + " outlasts the recording");
        }
    }
}

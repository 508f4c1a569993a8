package org.synesthesia.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the features were extracted with, published beside every number because Frechet distances
 * and KIDs are only comparable under the same settings.
 *
 * @param extractor   the judging network's id, e.g. its run name and the layer read
 * @param modality    {@code image} (FID-like) or {@code sound} (FAD-like)
 * @param sampleRate  the sound's sample rate in Hz; 0 for images
 * @param clipSeconds the length of one sound clip; 0 for images
 * @param imageSize   the side of the square image; 0 for sound
 */
public record JudgeSettings(String extractor, String modality, int sampleRate, double clipSeconds, int imageSize) {

    public JudgeSettings {
        if (!modality.equals("image") && !modality.equals("sound")) {
            throw new IllegalArgumentException("modality must be image or sound, not '" + modality + "'");
        }
    }

    public static JudgeSettings image(String extractor, int imageSize) {
        return new JudgeSettings(extractor, "image", 0, 0, imageSize);
    }

    public static JudgeSettings sound(String extractor, int sampleRate, double clipSeconds) {
        return new JudgeSettings(extractor, "sound", sampleRate, clipSeconds, 0);
    }

    /** The settings as text, the way every {@link MetricResult} carries them. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("extractor", extractor);
        m.put("modality", modality);
        if (modality.equals("sound")) {
            m.put("sample_rate", Integer.toString(sampleRate));
            m.put("clip_seconds", Double.toString(clipSeconds));
        } else {
            m.put("image_size", Integer.toString(imageSize));
        }
        return m;
    }
}

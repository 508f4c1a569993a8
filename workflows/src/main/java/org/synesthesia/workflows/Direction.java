package org.synesthesia.workflows;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which way a model translates: sound to image, or image to sound. Written {@code "s2i"} / {@code "i2s"} in JSON. */
public enum Direction {
    S2I, I2S;

    /** The lowercase code used in JSON, SQL and file names. */
    @JsonValue
    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** Reads {@code "s2i"} or {@code "i2s"} in any case. */
    @JsonCreator
    public static Direction of(String code) {
        for (Direction d : values()) if (d.code().equalsIgnoreCase(code)) return d;
        throw new IllegalArgumentException("direction must be \"s2i\" or \"i2s\", not \"" + code + "\"");
    }
}

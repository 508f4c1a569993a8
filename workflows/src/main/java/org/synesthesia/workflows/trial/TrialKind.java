package org.synesthesia.workflows.trial;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a trial trains or measures (a judge is a classifier that grades generated samples); written in lowercase in JSON and SQL. */
public enum TrialKind {
    ENCODER, GAN, EVALUATION, JUDGE;

    @JsonValue
    public String code() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    public static TrialKind of(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
}

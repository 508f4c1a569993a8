package org.synesthesia.render;

import org.synesthesia.instrument.Instrument;

/** One player of a recording: the instrument and how the player looks. */
public record Performer(Instrument instrument, Appearance look) {}

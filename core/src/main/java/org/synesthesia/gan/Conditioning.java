package org.synesthesia.gan;

/** How the discriminator meets the condition. */
public enum Conditioning {
    /** The paper's: the condition is concatenated to D's flattened features, then a hidden dense layer. */
    CONCAT,
    /** Miyato and Koyama's projection: logit = psi(h) + &lt;W c, h&gt;. */
    PROJECTION
}

package org.synesthesia.nn;

import java.util.Random;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/** Examples a network learns from or is judged on: a fixed list, read a batch of rows at a time. */
public interface LabeledSet {

    int size();

    InputShape shape();

    /**
     * The examples at {@code rows}: features under {@link ClassifierNets#INPUT}, and one label array
     * per name in {@code outputs} (with label masks where a label is unknown). A non-null
     * {@code augment} randomizes the inputs reproducibly from that generator.
     */
    MultiDataSet batch(int[] rows, String[] outputs, Random augment);

    /** The instrument index of row {@code i}. */
    int instrument(int i);
}

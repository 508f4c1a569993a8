package org.synesthesia.sweep;

import java.util.Random;

/**
 * The random stream of one trial of a seeded sweep. java.util.Random's first draws are nearly equal
 * for neighbouring seeds, so (seed, index) is scrambled first (MurmurHash3's 64-bit finalizer).
 */
final class TrialSeeds {
    private TrialSeeds() {}

    static Random of(long seed, int index) {
        long h = seed * 0x9E3779B97F4A7C15L + index;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return new Random(h);
    }
}

package fr.levier.partner.importing;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Finds, among many normalised names of one town, one that is close to a given name, without comparing it
 * with every other (a 100 000-line file must stay linear). Blocking by deletion neighbourhood: each stored
 * name is indexed under itself and each of its one-character deletions (n + 1 keys); a query looks up its own
 * variants the same way. Two names share a key exactly when one deletion (at most) on each side makes them
 * equal: every pair at edit distance 1, and at distance 2 a transposition, a substitution next to an
 * insertion, or one extra letter on each side. The candidates are then checked by {@link SimilarNames}, so
 * the index only narrows, never widens, the rule. Pairs at distance 2 by two substitutions or two extra
 * letters on the same side are not found: the price of linear time, and rare in the "Tannerie / Tanneries"
 * cases the warning is for.
 *
 * <p>Keys are 64-bit hashes of (town, variant) in an open-addressing table of primitive arrays (about 20 bytes a
 * key, so 100 000 names of 20 letters take some 40 MB): a hash collision only adds a candidate, which the check
 * then refuses.
 */
final class CloseNameIndex {

    private long[] slotKey = new long[1 << 16];
    private int[] slotHead = new int[1 << 16];
    private int slots;
    private int[] entryValue = new int[1 << 16];
    private int[] entryNext = new int[1 << 16];
    private int entries;

    CloseNameIndex() {
        Arrays.fill(slotHead, -1);
    }

    /**
     * Indexes a name.
     *
     * @param town  normalised town, may be empty
     * @param name  normalised name
     * @param value the caller's handle for it (e.g. an index in its own list)
     */
    void add(String town, String name, int value) {
        long townHash = townHash(town);
        put(variant(townHash, name, -1), value);
        for (int skip = 0; skip < name.length(); skip++) {
            if (skip > 0 && name.charAt(skip) == name.charAt(skip - 1)) {
                continue; // deleting either of two equal letters gives the same variant
            }
            put(variant(townHash, name, skip), value);
        }
    }

    /**
     * @param town   normalised town, may be empty
     * @param name   normalised name
     * @param accept the final check of a candidate's handle
     * @return the handle of the first accepted candidate, or -1
     */
    int find(String town, String name, IntPredicate accept) {
        long townHash = townHash(town);
        for (int skip = -1; skip < name.length(); skip++) {
            if (skip > 0 && name.charAt(skip) == name.charAt(skip - 1)) {
                continue;
            }
            int slot = slotOf(variant(townHash, name, skip));
            for (int e = slotHead[slot]; e >= 0; e = entryNext[e]) {
                if (accept.test(entryValue[e])) {
                    return entryValue[e];
                }
            }
        }
        return -1;
    }

    private void put(long key, int value) {
        if ((slots + 1) * 2 > slotKey.length) {
            grow();
        }
        int slot = slotOf(key);
        if (slotHead[slot] < 0) {
            slotKey[slot] = key;
            slots++;
        } else {
            for (int e = slotHead[slot]; e >= 0; e = entryNext[e]) {
                if (entryValue[e] == value) {
                    return; // already under this key
                }
            }
        }
        if (entries == entryValue.length) {
            entryValue = Arrays.copyOf(entryValue, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        entryValue[entries] = value;
        entryNext[entries] = slotHead[slot];
        slotHead[slot] = entries++;
    }

    /** @return the slot holding the key, or the empty slot where it belongs (linear probing) */
    private int slotOf(long key) {
        int mask = slotKey.length - 1;
        int slot = (int) mix(key) & mask;
        while (slotHead[slot] >= 0 && slotKey[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKey = slotKey;
        int[] oldHead = slotHead;
        slotKey = new long[oldKey.length * 2];
        slotHead = new int[oldKey.length * 2];
        Arrays.fill(slotHead, -1);
        for (int i = 0; i < oldKey.length; i++) {
            if (oldHead[i] >= 0) {
                int slot = slotOf(oldKey[i]);
                slotKey[slot] = oldKey[i];
                slotHead[slot] = oldHead[i];
            }
        }
    }

    private static long townHash(String town) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < town.length(); i++) {
            h = (h ^ town.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0x1F) * 0x100000001b3L;
    }

    /** FNV-1a over the name without the character at {@code skip} (-1: the whole name). */
    private static long variant(long townHash, String name, int skip) {
        long h = townHash;
        for (int i = 0; i < name.length(); i++) {
            if (i != skip) {
                h = (h ^ name.charAt(i)) * 0x100000001b3L;
            }
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93c185a878dL;
        return z ^ (z >>> 33);
    }
}

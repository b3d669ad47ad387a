package org.hamkori.reporting;

/**
 * A set of 64-bit hashes of value keys, open addressing on a {@code long[]}: sixteen
 * megabytes for a million keys, where boxed longs in a hash set would take several times
 * that. An import uses it to learn, while streaming, whether a file may repeat a cell;
 * only then does it ask the database which rows really do.
 */
final class KeySet {

	private static final long EMPTY = 0L;

	private long[] slots = new long[1 << 12];

	private int size;

	private boolean hasZero;

	/** Adds a hash; false when it was there already. */
	boolean add(long hash) {
		if (hash == EMPTY) {
			boolean added = !this.hasZero;
			this.hasZero = true;
			return added;
		}
		if ((this.size + 1) * 2 > this.slots.length) {
			grow();
		}
		int mask = this.slots.length - 1;
		int i = (int) mix(hash) & mask;
		while (this.slots[i] != EMPTY) {
			if (this.slots[i] == hash) {
				return false;
			}
			i = (i + 1) & mask;
		}
		this.slots[i] = hash;
		this.size++;
		return true;
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		this.size = 0;
		for (long h : old) {
			if (h != EMPTY) {
				add(h);
			}
		}
	}

	private static long mix(long h) {
		h ^= (h >>> 33);
		h *= 0xff51afd7ed558ccdL;
		h ^= (h >>> 33);
		return h;
	}

	/** A 64-bit FNV-1a hash of the key's strings, separated, then mixed. */
	static long hash(String first, String second, String[] rest) {
		long h = 0xcbf29ce484222325L;
		h = add(h, first);
		h = add(h, second);
		for (String s : rest) {
			h = add(h, s);
		}
		return mix(h);
	}

	private static long add(long hash, String s) {
		long h = hash;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= 0x1F;
		h *= 0x100000001b3L;
		return h;
	}

}

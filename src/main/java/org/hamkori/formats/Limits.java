package org.hamkori.formats;

/**
 * The bounds every reader of this package keeps, whatever the file claims about itself,
 * so a hostile or broken upload ends with a clear message instead of exhausting memory.
 * Each bound has its own message key in the dataformats bundle; the numbers are shown
 * with it. They sit above anything a real report needs (Excel itself stops at 1,048,576
 * rows, 16,384 columns and 32,767 characters in a cell).
 */
final class Limits {

	/**
	 * The largest inflated part of a workbook, declared or actually read:
	 * {@code data.file.entry-too-large}.
	 */
	public static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

	/**
	 * The most distinct texts a workbook may share between cells:
	 * {@code data.file.text-too-large}.
	 */
	public static final int MAX_SHARED_STRINGS = 500_000;

	/**
	 * The most characters of shared texts a workbook may hold in memory, all together:
	 * {@code data.file.text-too-large}.
	 */
	public static final long MAX_SHARED_CHARS = 8L * 1024 * 1024;

	/** The most characters a CSV file may hold: {@code data.file.text-too-large}. */
	public static final long MAX_CSV_CHARS = 256L * 1024 * 1024;

	/**
	 * The most bytes between two tags of a workbook part (a name, an attribute or a text
	 * is never longer): {@code data.file.text-too-large}.
	 */
	public static final int MAX_MARKUP_GAP_BYTES = 1024 * 1024;

	/**
	 * The most rows of a sheet or lines of a CSV file: {@code data.file.too-many-rows}.
	 */
	public static final long MAX_ROWS = 2_000_000;

	/**
	 * The most columns of a sheet or cells of a CSV line:
	 * {@code data.file.too-many-columns}.
	 */
	public static final int MAX_COLUMNS = 16_384;

	/** The most characters in one cell: {@code data.file.cell-too-long}. */
	public static final int MAX_CELL_CHARS = 32_767;

	/**
	 * The most characters in one CSV record, quoted line breaks included:
	 * {@code data.file.line-too-long}.
	 */
	public static final int MAX_LINE_CHARS = 1024 * 1024;

	private Limits() {
	}

	/** Megabytes, for messages. */
	static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

}

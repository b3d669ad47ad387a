package org.hamkori.shared.web;

/**
 * Where a form may send the reader back to: a path of this site, never another host
 * ({@code //evil}, {@code /\evil}), so that a crafted {@code back} cannot redirect
 * elsewhere.
 */
public final class LocalPaths {

	private LocalPaths() {
	}

	/** The path, when it is one of this site; the start page otherwise. */
	public static String orHome(String back) {
		boolean local = back != null && back.startsWith("/") && !back.startsWith("//")
				&& back.chars().noneMatch((c) -> c < 0x21 || c == '\\' || Character.isISOControl(c));
		return local ? back : "/";
	}

}

package org.hamkori.results;

/**
 * Where a target or an actual applies: a country by its ISO 3166-1 alpha-2 code (as the
 * directory writes a mechanism's country), or the region as a whole.
 */
public final class Area {

	/**
	 * The region as a whole: its own figure, never the countries' sum (decision 0026).
	 */
	public static final String REGION = "REGION";

	private Area() {
	}

	public static boolean isRegion(String area) {
		return REGION.equals(area);
	}

}

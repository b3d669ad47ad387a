package org.hamkori.shared.web;

import java.util.List;

/**
 * One page of a list already filtered and sorted in memory (a mechanism has hundreds of
 * actions or programmes, not more).
 */
public record Paging<T>(List<T> items, int page, int pages, int total) {

	public static final int SIZE = 20;

	public static <T> Paging<T> of(List<T> all, int requested) {
		return of(all, requested, SIZE);
	}

	/**
	 * The requested page (out-of-range numbers give the nearest page) of {@code size}.
	 */
	public static <T> Paging<T> of(List<T> all, int requested, int size) {
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int page = Math.min(Math.max(requested, 1), pages);
		return new Paging<>(all.subList((page - 1) * size, Math.min(page * size, all.size())), page, pages, all.size());
	}

}

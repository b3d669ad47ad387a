package org.hamkori.shared;

/**
 * One module's demo data. {@link DemoDataLoader} calls every one, in their
 * {@link org.springframework.core.annotation.Order}, when {@link DemoMode} is on. Each
 * must load in one transaction and do nothing when its data is already there, so that a
 * load cut short (the application stopped) is simply done again at the next start.
 */
public interface DemoData {

	void load();

}

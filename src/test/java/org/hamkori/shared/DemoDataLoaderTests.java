package org.hamkori.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hamkori.shared.settings.HamkoriSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data loads in its order, in the background after the application is ready unless
 * told otherwise, and says while it is loading.
 */
class DemoDataLoaderTests {

	final List<String> loaded = new CopyOnWriteArrayList<>();

	final CountDownLatch release = new CountDownLatch(1);

	@Test
	void loadsInTheBackgroundOnlyOnceTheApplicationIsReady() throws InterruptedException {
		DemoDataLoader loader = loader(Map.of("hamkori.demo.enabled", "true"));
		loader.run(null);
		assertThat(this.loaded).isEmpty();
		assertThat(loader.isLoading()).isTrue();

		loader.ready();
		awaitLoaded("directory");
		assertThat(loader.isLoading()).as("the second loader still waits").isTrue();
		this.release.countDown();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (loader.isLoading() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(loader.isLoading()).isFalse();
		assertThat(this.loaded).containsExactly("directory", "statistics");
	}

	@Test
	void loadsBeforeReadyWhenNotInTheBackground() {
		this.release.countDown();
		DemoDataLoader loader = loader(Map.of("hamkori.demo.enabled", "true", "hamkori.demo.background", "false"));
		loader.run(null);
		assertThat(this.loaded).containsExactly("directory", "statistics");
		assertThat(loader.isLoading()).isFalse();
		loader.ready();
		assertThat(this.loaded).hasSize(2);
	}

	@Test
	void loadsNothingWithoutDemoMode() {
		DemoDataLoader loader = loader(Map.of("hamkori.demo.enabled", "false"));
		assertThat(loader.isLoading()).isFalse();
		loader.run(null);
		loader.ready();
		assertThat(this.loaded).isEmpty();
	}

	@Test
	void aFailedBackgroundLoadEndsTheNotice() throws InterruptedException {
		DemoDataLoader loader = loader(Map.of("hamkori.demo.enabled", "true"), () -> {
			throw new IllegalStateException("broken demo data");
		});
		loader.ready();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (loader.isLoading() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(loader.isLoading()).isFalse();
		assertThat(this.loaded).isEmpty();
	}

	private void awaitLoaded(String name) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!this.loaded.contains(name) && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.loaded).contains(name);
	}

	private DemoDataLoader loader(Map<String, String> properties) {
		return loader(properties, null);
	}

	private DemoDataLoader loader(Map<String, String> properties, DemoData first) {
		HamkoriSettings settings = new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("hamkori",
				HamkoriSettings.class);
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.setDependencyComparator(AnnotationAwareOrderComparator.INSTANCE);
		// registered out of order: the loader sorts them
		beans.registerSingleton("statistics", new Named("statistics", 70, null));
		beans.registerSingleton("directory", new Named("directory", 10, first));
		return new DemoDataLoader(new DemoMode(settings, "jdbc:h2:mem:x", new MockEnvironment()),
				beans.getBeanProvider(DemoData.class), settings);
	}

	private final class Named implements DemoData, Ordered {

		private final String name;

		private final int order;

		private final DemoData instead;

		Named(String name, int order, DemoData instead) {
			this.name = name;
			this.order = order;
			this.instead = instead;
		}

		@Override
		public void load() {
			if (this.instead != null) {
				this.instead.load();
			}
			if ("statistics".equals(this.name)) {
				try {
					DemoDataLoaderTests.this.release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			DemoDataLoaderTests.this.loaded.add(this.name);
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

}

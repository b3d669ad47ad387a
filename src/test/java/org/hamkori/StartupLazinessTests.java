package org.hamkori;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application starts with lazy beans (decision 0042); the rest of the suite builds
 * every bean at start. This test starts the whole application the way production does, on
 * its own embedded database with timers on, and shows that what must happen at start
 * still does: every job's timer is set, Spring Modulith's event table exists, settings
 * are bound, the runners loaded the demo data, pages and health answer, and an ordinary
 * page's controller is made only when first asked for.
 */
class StartupLazinessTests {

	@Test
	void aLazyStartStillSetsEveryTimerAndMakesWhatTheStartNeeds(@TempDir Path data) throws Exception {
		// On the H2 execution only: what is tested is the wiring, not the database.
		assumeTrue(!"postgres".equals(System.getProperty("hamkori.test.database")), "runs in the H2 execution");
		String url = "jdbc:h2:mem:lazy-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		// Command-line arguments outrank the suite's system properties and test settings.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Hamkori.class).run(
				"--spring.main.lazy-initialization=true", "--spring.datasource.url=" + url,
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
				"--hamkori.data-dir=" + data, "--hamkori.demo.enabled=true", "--hamkori.demo.background=false",
				"--hamkori.scheduling.enabled=true")) {
			ConfigurableListableBeanFactory beans = context.getBeanFactory();

			// Lazy indeed: a page's controller does not exist before its first request.
			String portal = beanNamed(beans, "org.hamkori.portal.web.PortalController");
			assertThat(beans.containsSingleton(portal)).as("lazy start: %s made at start", portal).isFalse();

			// The filter chains are built at start, not by the first request.
			assertThat(beans.containsSingleton("springSecurityFilterChain")).as("filter chains made at start").isTrue();

			// Every bean with a @Scheduled method has its timer set.
			Set<String> jobs = new TreeSet<>();
			for (String name : beans.getBeanDefinitionNames()) {
				Class<?> type = beans.getType(name, false);
				if (type != null && Arrays.stream(ClassUtils.getUserClass(type).getDeclaredMethods())
					.anyMatch((method) -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class))) {
					jobs.add(ClassUtils.getUserClass(type).getName());
				}
			}
			assertThat(jobs).as("jobs found").hasSizeGreaterThanOrEqualTo(6);
			// Each task names its method ("org.hamkori.actions.ActionReminders.remind").
			Set<String> timers = context.getBeansOfType(ScheduledTaskHolder.class)
				.values()
				.stream()
				.flatMap((holder) -> holder.getScheduledTasks().stream())
				.map((task) -> task.toString().replaceFirst("\\.[^.]*$", ""))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(timers).as("timers set at start").containsAll(jobs);

			// Settings are bound at start, so a wrong one stops it.
			for (String name : beans.getBeanNamesForAnnotation(ConfigurationProperties.class)) {
				Class<?> type = beans.getType(name, false);
				if (type != null && type.getName().startsWith("org.hamkori.")) {
					assertThat(beans.containsSingleton(name)).as("settings %s bound at start", name).isTrue();
				}
			}

			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single())
				.as("Spring Modulith's event table exists")
				.isNotNull();
			assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single())
				.as("the demo data runner ran")
				.isPositive();

			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"UP\"");
			HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(beans.containsSingleton(portal)).as("made on first request").isTrue();
		}
	}

	private static String beanNamed(ConfigurableListableBeanFactory beans, String className) throws Exception {
		String[] names = beans.getBeanNamesForType(Class.forName(className), true, false);
		assertThat(names).as("beans of %s", className).hasSize(1);
		return names[0];
	}

}

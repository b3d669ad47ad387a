package org.hamkori.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * How light "My work" is, on the test database with the demo data: the SQL statements one
 * opening runs (counted at the JDBC driver, so every module's reads are included), the
 * size of the page, and the median time of {@value #CALLS} openings, for a focal point, a
 * national secretariat and the regional secretariat. Runs only on demand:
 * {@code mvn -B test -Dgroups=benchmark -Dhamkori.excluded-groups=none -Dtest=MyWorkBenchmark}.
 * The only assertions are that each opening answers 200.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@Import(DashboardBenchmark.Capture.class)
class MyWorkBenchmark {

	static final int CALLS = Integer.getInteger("hamkori.bench.calls", 50);

	@Autowired
	MockMvcTester mvc;

	@Test
	void measureMyWork() {
		System.out.println("| reader | statements | page (B) | median (ms) |");
		for (String user : List.of("focal.nbt.tj", "secretariat.tj", "regional")) {
			List<MvcTestResult> last = new ArrayList<>();
			List<String> statements = DashboardBenchmark.SqlCapture
				.during(() -> last.add(this.mvc.get().uri("/my-work").with(as(user)).exchange()));
			assertThat(last.get(0)).hasStatusOk();
			int bytes = last.get(0).getResponse().getContentAsByteArray().length;
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < CALLS; i++) {
				long start = System.nanoTime();
				assertThat(this.mvc.get().uri("/my-work").with(as(user))).hasStatusOk();
				times.add(System.nanoTime() - start);
			}
			Collections.sort(times);
			System.out.printf("| %s | %d | %,d | %.1f |%n", user, statements.size(), bytes,
					times.get(times.size() / 2) / 1e6);
		}
	}

}

package org.hamkori.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.documents.DocumentsTestSupport.CCM_TJ;

/**
 * Through a real server, as a meeting page would embed the fragments: the list and the
 * upload form render, a real upload lands in the list, a disguised file is refused with a
 * clear message, and uploads over the size limit get a localized 413 page or problem
 * document, never a CSRF refusal or a container error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ DocumentsHttpTests.MeetingPageStandIn.class, DocumentsHttpTests.MeetingApiStandIn.class })
class DocumentsHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern UPLOAD_ACTION = Pattern
		.compile("<form action=\"([^\"]+)\" method=\"post\"\\s+" + "enctype=\"multipart/form-data\"");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private String formCsrf;

	@Test
	void aMeetingPageListsDocumentsAndTakesUploads() throws Exception {
		login("secretariat.tj");
		UUID meeting = UUID.randomUUID();
		String page = get("/documents-test/" + meeting + "?lang=en").body();
		assertThat(page).contains("No documents yet.").contains("accept=\".pdf,");
		String action = uploadAction(page);
		assertThat(action).as("the CSRF token goes in the body, never in the URL").doesNotContain("_csrf");
		String token = this.formCsrf;
		this.formCsrf = null;
		assertThat(post(action, "forged.pdf", SampleFiles.pdf(), "en").statusCode()).as("no token, no upload")
			.isEqualTo(403);
		this.formCsrf = token;
		HttpResponse<String> uploaded = post(action, "Повестка дня.pdf", SampleFiles.pdf(), "en");
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String after = get("/documents-test/" + meeting).body();
		assertThat(after).contains("Повестка дня.pdf").contains("PDF").contains("/delete?back=");
		HttpResponse<String> refused = post(uploadAction(after), "evil.pdf", SampleFiles.exe(), "en");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("This kind of file cannot be uploaded.");
	}

	@Test
	void anOversizedUploadGetsALocalizedPage() throws Exception {
		login("secretariat.tj");
		String action = uploadAction(get("/documents-test/" + UUID.randomUUID() + "?lang=ru").body());
		HttpResponse<String> tooLarge = post(action, "scan.pdf", new byte[21 * 1024 * 1024], "ru");
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(tooLarge.body()).contains("не более 20 МБ").doesNotContain("Exception");
	}

	@Test
	void anOversizedDataFileGetsTheSameLocalizedPage() throws Exception {
		login("secretariat.tj");
		String obligation = this.jdbc
			.sql("select o.id from reporting_obligation o join data_set d on d.id = o.data_set_id"
					+ " join mechanism m on m.id = d.mechanism_id where m.code = 'CCM-TJ' order by d.code")
			.query(String.class)
			.list()
			.get(0);
		String page = get("/data/obligations/" + obligation).body();
		Matcher form = Pattern.compile("action=\"([^\"]*/uploads)\"").matcher(page);
		assertThat(form.find()).as("the data upload form, without a token in its URL").isTrue();
		this.formCsrf = csrf(page);
		HttpResponse<String> tooLarge = post(form.group(1).replace("&amp;", "&"), "remittances.csv",
				new byte[21 * 1024 * 1024], "ru");
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("20 МБ").doesNotContain("Exception");
	}

	@Test
	void anOversizedApiUploadGetsAProblemDocument() throws Exception {
		String token = token("secretariat.tj");
		HttpRequest request = multipart(URI.create(base() + "/api/v1/documents-test/" + UUID.randomUUID()), "scan.pdf",
				new byte[21 * 1024 * 1024], "tg", null)
			.header("Authorization", "Bearer " + token)
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
		assertThat(response.body()).contains("\"status\":413").contains("20 МБ");
	}

	private void login(String username) throws Exception {
		String csrf = csrf(get("/login").body());
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=hamkori-demo&_csrf="
					+ URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private String token(String username) throws Exception {
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"" + username + "\",\"password\":\"hamkori-demo\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return com.jayway.jsonpath.JsonPath.read(response.body(), "$.token");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(
				HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String fileName, byte[] content, String language) throws Exception {
		return this.client.send(
				multipart(URI.create(base() + path), fileName, content, language, this.formCsrf).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder multipart(URI uri, String fileName, byte[] content, String language, String csrf)
			throws IOException {
		String boundary = "hamkori" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrf != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\nMEMBERS\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	/**
	 * The upload form's address; its CSRF token (a hidden field) goes with the next
	 * upload.
	 */
	private String uploadAction(String html) {
		Matcher matcher = UPLOAD_ACTION.matcher(html);
		assertThat(matcher.find()).as("upload form in the page").isTrue();
		Matcher token = CSRF.matcher(html.substring(matcher.start()));
		assertThat(token.find()).as("the upload form's hidden CSRF field").isTrue();
		this.formCsrf = token.group(1);
		return matcher.group(1).replace("&amp;", "&");
	}

	/** What the meetings module will do: check its own rules, upload, show refusals. */
	@Controller
	static class MeetingPageStandIn {

		private final Documents documents;

		private final MessageSource messages;

		MeetingPageStandIn(Documents documents, MessageSource messages) {
			this.documents = documents;
			this.messages = messages;
		}

		@GetMapping("/documents-test/{meeting}")
		String page(@PathVariable UUID meeting, Viewer viewer, Model model) {
			model.addAttribute("documents", this.documents.visibleOn(new DocumentOwner("meeting", meeting), viewer));
			model.addAttribute("viewer", viewer);
			model.addAttribute("action", "/documents-test/" + meeting);
			return "documents-test/host";
		}

		@PostMapping("/documents-test/{meeting}")
		String upload(@PathVariable UUID meeting, @RequestParam MultipartFile file, @RequestParam Visibility visibility,
				Viewer viewer, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response)
				throws IOException {
			try (InputStream in = file.getInputStream()) {
				this.documents.upload(new DocumentOwner("meeting", meeting), CCM_TJ, visibility, Set.of(),
						file.getOriginalFilename(), file.getSize(), in, viewer);
			}
			catch (RuleViolation ex) {
				response.setStatus(422);
				model.addAttribute("rejected", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
				return page(meeting, viewer, model);
			}
			return "redirect:/documents-test/" + meeting;
		}

	}

	@RestController
	static class MeetingApiStandIn {

		@PostMapping("/api/v1/documents-test/{meeting}")
		@ResponseStatus(HttpStatus.CREATED)
		void upload(@PathVariable UUID meeting, @RequestParam MultipartFile file) {
		}

	}

}

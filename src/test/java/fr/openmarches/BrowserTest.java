package fr.openmarches;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user journey in a real browser: Debian's chromium, headless, driven by Playwright, against the
 * application running on a random port. One browser serves the whole suite; each test gets a
 * fresh browser context (no cookies), so each test starts as a new visitor. A failed test leaves
 * a screenshot in {@code target/playwright/}.
 */
@IntegrationTest
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	protected BrowserContext browserContext;

	protected Page page;

	/**
	 * Server errors, and missing scripts, styles, fonts or images, seen by the browser during the
	 * test; any of them fails the test.
	 */
	protected final List<String> serverErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void openBrowser() {
		browserContext = browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("fr-FR")
			.setViewportSize(1280, 900));
		browserContext.setDefaultTimeout(20_000);
		watch(browserContext);
		page = browserContext.newPage();
	}

	@AfterEach
	void closeBrowser() {
		browserContext.close();
		clock.reset();
		org.assertj.core.api.Assertions.assertThat(serverErrors).as("server errors during the journey").isEmpty();
	}

	/** A second, independent visitor (another person on another machine). */
	protected Page newVisitor() {
		var other = browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("fr-FR"));
		other.setDefaultTimeout(20_000);
		watch(other);
		return other.newPage();
	}

	/** Signs {@code page}'s visitor in on the sign-in page. */
	protected static void signInAs(Page page, String email, String password) {
		page.navigate("/connexion");
		page.getByLabel("Adresse électronique").fill(email);
		page.locator("input[type=password]").first().fill(password);
		page.locator("main form button[type=submit]").click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
			.not()
			.hasURL(java.util.regex.Pattern.compile(".*/connexion.*"));
	}

	private void watch(BrowserContext context) {
		context.onResponse(response -> {
			var type = response.request().resourceType();
			boolean missingResource = response.status() == 404
					&& List.of("script", "stylesheet", "font", "image").contains(type);
			if (response.status() >= 500 || missingResource) {
				serverErrors.add(response.status() + " " + response.request().method() + " " + response.url());
			}
		});
	}

	private static synchronized Browser browser() {
		if (browser == null) {
			playwright = Playwright.create();
			var chromium = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
							"--disable-background-networking", "--disable-component-update", "--disable-sync",
							"--no-first-run", "--disable-quic")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) throws Exception {
			if (context.getExecutionException().isEmpty()
					|| !(context.getRequiredTestInstance() instanceof BrowserTest test) || test.page == null) {
				return;
			}
			var folder = Path.of("target", "playwright");
			Files.createDirectories(folder);
			var name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
			test.page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
			Files.writeString(folder.resolve(name + ".html"), test.page.content());
		}
	}
}

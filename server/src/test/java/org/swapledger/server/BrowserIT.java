package org.swapledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in headless Chromium (Debian's package, driven by Playwright) against the real server: timeline,
 * exchange, evidence in the article, a hostile article. Screenshots of each page go to target/screenshots/.
 * Skipped, with a message, when Chromium is not installed.
 */
class BrowserIT {
  /** Where Debian's chromium package puts the browser; CHROMIUM overrides it. */
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  /** Flags that keep Chromium off the network and quiet on a machine with no outside network. */
  static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");

  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;

  private static LedgerServer server;
  private static Playwright playwright;
  private static Browser browser;
  private static final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "browser tests skipped: no Chromium at " + CHROMIUM
        + " (apt-get install -y chromium, or set CHROMIUM to a Chromium binary)");
    Files.createDirectories(SHOTS);
    server = LedgerServer.start(TestLedger.build(dir), "127.0.0.1", 0);
    playwright = launch();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setHeadless(true).setArgs(FLAGS));
  }

  static Playwright launch() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static Page page(int width, int height) {
    BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    Page p = ctx.newPage();
    p.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        consoleErrors.add(m.text());
      }
    });
    return p;
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static void shot(Page p, String name) {
    p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Test
  void the_timeline_shows_every_exchange_and_the_keyboard_opens_one_then_its_evidence() {
    Page p = page(1280, 900);
    consoleErrors.clear();
    p.navigate(url("/"));
    p.waitForSelector("#timeline[data-ready=true]");

    int events = ((Number) p.evaluate("fetch('/api/events').then(r => r.json()).then(j => j.total)")).intValue();
    assertThat(p.getAttribute("#timeline", "data-events")).isEqualTo(Integer.toString(events));
    assertThat(p.locator("#timeline canvas").count()).isGreaterThanOrEqualTo(1);
    shot(p, "timeline");

    // Hover over the plot area: the info box names figures and sources.
    Locator over = p.locator("#timeline .u-over");
    over.hover();
    assertThat(p.textContent("#timeline-info")).contains("to Ukraine").contains("to Russia");

    // Keyboard: Home selects the first exchange (3 January), → the next (31 January), Enter opens it.
    p.focus("#timeline");
    p.keyboard().press("Home");
    assertThat(p.textContent("#timeline-info")).contains("2024-01-03").contains("230").contains("248")
        .contains("Dmytro Lubinets");
    p.keyboard().press("ArrowRight");
    assertThat(p.textContent("#timeline-info")).contains("2024-01-31");
    p.keyboard().press("Enter");
    p.waitForURL("**/events/*");
    assertThat(p.textContent("h1")).contains("2024-01-31");
    assertThat(p.textContent(".side-returned_to_ukraine")).contains("207")
        .contains("Zelensky said Ukraine brought home 207 prisoners of war today in the 50th exchange.");
    assertThat(p.textContent(".side-returned_to_russia")).contains("195")
        .contains("The Russian Ministry of Defence said 195 Russian soldiers were returned");
    assertThat(p.textContent("table.pairs")).contains("contradiction");
    shot(p, "exchange");

    // Follow the 207 claim to its article: the sentence is highlighted, targeted and on screen.
    p.locator(".side-returned_to_ukraine article.claim").first().locator("text=Evidence in the article").click();
    p.waitForURL("**/articles/*#claim-*");
    Locator target = p.locator("mark.evidence:target");
    assertThat(target.count()).isEqualTo(1);
    assertThat(target.textContent())
        .isEqualTo("Zelensky said Ukraine brought home 207 prisoners of war today in the 50th exchange.");
    assertThat(target.isVisible()).isTrue();
    assertThat((Boolean) p.evaluate("(() => { const r = document.querySelector('mark.evidence:target')"
        + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()")).isTrue();
    shot(p, "article");
    assertThat(consoleErrors).isEmpty();
    p.context().close();
  }

  @Test
  void the_table_sorts_filters_and_shows_flags() {
    Page p = page(1280, 900);
    p.navigate(url("/events"));
    assertThat(p.locator("#events tbody tr").count()).isGreaterThanOrEqualTo(3);
    shot(p, "events");

    p.click("#events thead >> text=To Ukraine");
    assertThat(p.getAttribute("#events thead th:nth-child(3)", "aria-sort")).isEqualTo("ascending");
    p.selectOption("select[name=flag]", "contradiction");
    p.click("form.filters button");
    assertThat(p.locator("#events tbody tr").count()).isEqualTo(1);
    assertThat(p.textContent("#events tbody")).contains("2024-01-31").contains("contradiction");
    p.fill("input[name=q]", "example wire");
    p.selectOption("select[name=flag]", "");
    p.click("form.filters button");
    assertThat(p.textContent("#events tbody")).contains("2024-01-03").doesNotContain("2024-01-31");
    p.context().close();
  }

  @Test
  void the_checks_page_names_what_each_check_rests_on() {
    Page p = page(1280, 900);
    p.navigate(url("/checks"));
    assertThat(p.textContent("ol.checklist")).contains("ordinal sequence");
    assertThat(p.locator("ol.checklist ul.basis a").count()).isGreaterThanOrEqualTo(1);
    shot(p, "checks");
    p.navigate(url("/api"));
    p.waitForSelector("#swagger-ui .opblock", new Page.WaitForSelectorOptions().setTimeout(15_000));
    shot(p, "api");
    p.context().close();
  }

  @Test
  void a_hostile_article_renders_inert() {
    Page p = page(1280, 900);
    List<String> requests = new ArrayList<>();
    p.onRequest(r -> requests.add(r.url()));
    p.navigate(url("/api/claims?limit=1000"));
    Number id = (Number) p.evaluate("JSON.parse(document.body.innerText).items"
        + ".find(c => c.article.input_id === 't-hostile').article.id");
    p.navigate(url("/articles/" + id));

    assertThat(p.evaluate("typeof window.pwned")).isEqualTo("undefined");
    assertThat(p.locator("main script, main img, main iframe, main b").count()).isZero();
    assertThat(p.locator("a[href^='javascript:']").count()).isZero();
    assertThat(p.textContent(".article-text")).contains("<script>window.pwned=3</script>");
    assertThat(p.textContent("h1")).contains("<script>window.pwned=2</script>Evil");
    // The 60,000-character line wraps: nothing scrolls sideways.
    assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    assertThat(requests).allMatch(u -> u.startsWith(url("/")));
    p.setViewportSize(1280, 900);
    p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("hostile-article.png")));
    p.context().close();
  }

  @Test
  void an_exchange_is_readable_at_phone_width() {
    Page p = page(375, 812);
    p.navigate(url("/events/2024-01-31"));
    assertThat(p.textContent("h1")).contains("2024-01-31");
    assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    shot(p, "exchange-phone");
    p.navigate(url("/"));
    p.waitForSelector("#timeline[data-ready=true]");
    assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    shot(p, "timeline-phone");
    p.context().close();
  }
}

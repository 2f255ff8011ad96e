package org.swapledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of every page over a ledger of the caller's choosing, for a person to look at; runs only when asked:
 * {@code ./mvnw -B -pl server -am verify -Dit.test=DevScreenshotsIT -Dswapledger.screenshots.db=dev.db}
 * (optionally {@code -Dswapledger.screenshots.date=2024-01-31}). Writes target/screenshots/dev-*.png at the root.
 */
class DevScreenshotsIT {
  @Test
  void every_page_of_a_real_ledger_with_the_evidence_of_one_exchange() throws IOException {
    String db = System.getProperty("swapledger.screenshots.db", "");
    Assumptions.assumeTrue(!db.isEmpty(), "set -Dswapledger.screenshots.db=PATH to take screenshots of a ledger");
    Assumptions.assumeTrue(Files.isExecutable(BrowserIT.CHROMIUM), "no Chromium at " + BrowserIT.CHROMIUM);
    String date = System.getProperty("swapledger.screenshots.date", "2024-01-31");
    Path out = Path.of(System.getProperty("swapledger.screenshots.dir", "../target/screenshots"));
    Files.createDirectories(out);
    try (LedgerServer server = LedgerServer.start(Path.of(db), "127.0.0.1", 0);
        Playwright pw = BrowserIT.launch();
        Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(BrowserIT.CHROMIUM).setHeadless(true).setArgs(BrowserIT.FLAGS))) {
      String base = "http://127.0.0.1:" + server.port();
      Page p = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
      p.navigate(base + "/");
      p.waitForSelector("#timeline[data-ready=true]");
      int total = ((Number) p.evaluate("fetch('/api/events').then(r => r.json()).then(j => j.total)")).intValue();
      assertThat(p.getAttribute("#timeline", "data-events")).isEqualTo(Integer.toString(total));
      p.locator("#timeline .u-over").hover();
      p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("dev-timeline.png")).setFullPage(true));
      p.navigate(base + "/events");
      p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("dev-events.png")).setFullPage(true));
      p.navigate(base + "/events/" + date);
      p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("dev-exchange-" + date + ".png"))
          .setFullPage(true));
      p.locator(".disagreement a:has-text('in the article'), .side-returned_to_ukraine a:has-text('Evidence')")
          .first().click();
      p.waitForURL("**/articles/*#claim-*");
      assertThat(p.locator("mark.evidence:target").count()).isEqualTo(1);
      p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("dev-article.png")));
      p.navigate(base + "/checks");
      p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("dev-checks.png")).setFullPage(true));
      p.setViewportSize(390, 844);
      p.navigate(base + "/events/" + date);
      p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("dev-exchange-" + date + "-phone.png")));
    }
  }
}

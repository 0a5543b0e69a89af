package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concord.oversight.OversightFixture;
import org.concord.oversight.internal.channels.ChannelService;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.oversight.internal.keys.RecoveryKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A reporter submits without JavaScript (plain HTTP form posts, as a browser with scripts off sends them: the
 * multipart form with its CSRF token), an officer opens the report in Chromium, unlocks their key and replies, and
 * the reporter reads the reply with the receipt alone. (The second factor and the case steps join this journey later.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WhistleblowerJourneyTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern RECEIPT = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ChannelService channels;
    @Autowired
    RecipientKeys keys;
    @Autowired
    RecoveryKeys recovery;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aReporterWithoutJavaScriptSubmitsTheOfficerRepliesTheReporterReadsTheReply() throws Exception {
        OversightFixture.Body body = new OversightFixture(jdbc, encoder, channels, keys, recovery).body();
        HttpClient reporter = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String home = get(reporter, "/").body();
        assertThat(home).contains("href=\"/report\"");
        String form = get(reporter, "/report/" + body.slug()).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(form));
        fields.put("category", "UNLAWFUL_FORCE");
        fields.put("answer.what", "Officers beat protesters in the square on Friday night.");
        fields.put("identity", "anonymous");
        HttpResponse<String> submitted = reporter.send(multipart("/report/" + body.slug(), fields, "file.evidence",
                "timeline.txt", "22:10 the van arrives\n".getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        Matcher m = RECEIPT.matcher(submitted.body());
        assertThat(m.find()).isTrue();
        String receipt = m.group();

        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signIn(browser, wait, "http://localhost:" + port, body.officer(), OversightFixture.PASSWORD);
        // an officer passes a second factor before any page: enrolment with the key shown, then a code from it
        wait.until(ExpectedConditions.urlContains("/sign-in/second-factor/enrol"));
        String secret = browser.findElement(By.id("totp-secret")).getText();
        browser.findElement(By.id("code")).sendKeys(org.concord.accounts.TotpCodes.now(secret));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        browser.findElement(By.cssSelector("main a.button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("second-factor")));
        browser.get(url("/oversight").toString());
        browser.findElement(By.cssSelector("table.data tbody a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unlock-password")))
                .sendKeys(OversightFixture.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/oversight/unlock'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Officers beat protesters in the square on Friday night."));
        assertThat(browser.getPageSource()).contains("timeline.txt");
        browser.findElement(By.id("message")).sendKeys("Thank you. Were you injured?");
        browser.findElement(By.cssSelector("form[action$='/messages'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "The message was sent"));
        Browser.screenshot(browser, "oversight-report");

        // the officer acknowledges the report: the case moves from received to acknowledged
        String reportPath = java.net.URI.create(browser.getCurrentUrl()).getPath();
        browser.get(url(reportPath.replace("/oversight/reports/", "/oversight/cases/")).toString());
        browser.findElement(By.cssSelector("form.move input[name=to][value=ACKNOWLEDGED] ~ button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Acknowledged"));

        // the public form on a 390 px phone, in Arabic: right to left, nothing wider than the screen
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(url("/report/" + body.slug() + "?lang=ar").toString());
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        Object overflow = browser.executeScript(
                "var m = document.querySelector('main'); return Math.max(m.scrollWidth - m.clientWidth, m.getBoundingClientRect().right - window.innerWidth);");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "report-form-ar-390");

        HttpClient later = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String followUp = get(later, "/report/follow-up").body();
        HttpResponse<String> opened = later.send(HttpRequest.newBuilder(url("/report/follow-up"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", csrf(followUp), "receipt", receipt))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(302);
        String page = get(later, "/report/follow-up/report").body();
        assertThat(page).contains("Thank you. Were you injured?", "Your report is being examined.");
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the form carries its CSRF token").isTrue();
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A multipart/form-data post as a browser sends a form with a file. */
    private HttpRequest multipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] file)
            throws Exception {
        String boundary = "----concord" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
    }
}

package org.concord.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver; .ci/run installs them), driven by
 * Selenium with the driver named explicitly so that nothing is downloaded.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("concord.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("concord.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("concord-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Signs {@code username} in through the sign-in form and waits until the page header names them. */
    static void signIn(ChromeDriver driver, org.openqa.selenium.support.ui.WebDriverWait wait, String baseUrl,
                       String username, String password) {
        driver.get(baseUrl + "/sign-in");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.cssSelector(".session .who"), username));
    }

    /** Keeps a picture of the page under target/screenshots, for people reviewing the run. */
    static void screenshot(ChromeDriver driver, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}

package org.chorale;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, which saves a screenshot of each step
 * under {@code target/screenshots/<journey>/}.
 */
public final class Browser implements AutoCloseable {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	private final WebDriver driver;

	private final String base;

	private final Path screenshots;

	private int step;

	public Browser(int port, String journey) throws IOException {
		if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install chromium chromium-driver (.ci/run does)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,1600", "--lang=fr-FR");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		this.base = "http://localhost:" + port;
		this.screenshots = Files.createDirectories(Path.of("target", "screenshots", journey));
	}

	public Browser open(String pathOrUrl) {
		this.driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
		return this;
	}

	public Browser type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Chooses a file for a file input. */
	public Browser upload(String id, Path file) {
		this.driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Waits until the page shows this text, as htmx updates it. */
	public Browser waitForText(String text, Duration timeout) {
		new WebDriverWait(this.driver, timeout).until(d -> text().contains(text));
		return this;
	}

	public Browser select(String id, String value) {
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id(id))).selectByValue(value);
		return this;
	}

	/**
	 * Clicks the element with this id (labels of DSFR checkboxes and toggles included).
	 */
	public Browser click(String id) {
		this.driver.findElement(By.id(id)).click();
		return this;
	}

	public Browser clickLabelFor(String id) {
		this.driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		return this;
	}

	/**
	 * Presses a form's button and waits for the page it leads to: the old page's window
	 * carries a mark that the new page's does not. (Waiting for the old root element to
	 * go stale races with Chromium, which may answer "Node with given id does not belong
	 * to the document" while the new document loads.)
	 */
	public Browser press(String buttonText) {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		script.executeScript("window.choraleLeaving = true;");
		this.driver.findElement(By.xpath("//button[normalize-space()=\"" + buttonText + "\"]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(script
				.executeScript("return window.choraleLeaving !== true && document.readyState === 'complete';")));
		return this;
	}

	/** Follows a link by its text and waits for the page it leads to. */
	public Browser openLink(String linkText) {
		return open(this.driver.findElement(By.linkText(linkText)).getDomAttribute("href"));
	}

	/**
	 * Sets a field's value as the form will send it, whatever the browser's locale shows
	 * (a date input takes {@code 2024-03-01}).
	 */
	public Browser set(String id, String value) {
		((JavascriptExecutor) this.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
				id, value);
		return this;
	}

	/**
	 * What a link of the page downloads, fetched with the page's session: its status, its
	 * type and its first characters ("200 application/pdf %PDF-1.7...").
	 */
	public String download(String id) {
		Object answer = ((JavascriptExecutor) this.driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];" + "const e = document.getElementById(arguments[0]);"
						+ "const sent = e.tagName === 'A' ? fetch(e.href)"
						+ " : fetch(e.formAction, {method: 'POST', body: new URLSearchParams(new FormData(e.form))});"
						+ "sent.then(r => r.arrayBuffer().then(b => done(r.status + ' '"
						+ " + r.headers.get('Content-Type') + ' '"
						+ " + new TextDecoder().decode(new Uint8Array(b).slice(0, 400)))))"
						+ ".catch(e => done('failed ' + e));",
				id);
		return String.valueOf(answer);
	}

	/** The text of the page's first link that starts so, such as a number it gave. */
	public String linkStartingWith(String prefix) {
		return this.driver.findElement(By.xpath("//main//a[starts-with(normalize-space(), \"" + prefix + "\")]"))
			.getText()
			.strip();
	}

	/**
	 * Clicks a button that changes part of the page (htmx) rather than leading to
	 * another.
	 */
	public Browser clickButton(String buttonText) {
		this.driver.findElement(By.xpath("//button[normalize-space()=\"" + buttonText + "\"]")).click();
		return this;
	}

	public boolean checked(String id) {
		return this.driver.findElement(By.id(id)).isSelected();
	}

	public String text() {
		return this.driver.findElement(By.tagName("main")).getText();
	}

	/** The whole page's text, for pages that are not the portal's (Swagger UI). */
	public String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/** Waits until the whole page shows this text. */
	public Browser waitForPageText(String text, Duration timeout) {
		new WebDriverWait(this.driver, timeout).until(d -> pageText().contains(text));
		return this;
	}

	public String title() {
		return this.driver.getTitle();
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	public String value(String id) {
		return this.driver.findElement(By.id(id)).getDomProperty("value");
	}

	public boolean present(String id) {
		return !this.driver.findElements(By.id(id)).isEmpty();
	}

	/** Saves a screenshot of the page as the journey's next numbered step. */
	public Browser screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(this.screenshots.resolve(String.format("%02d-%s.png", ++this.step, name)), png);
		return this;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}

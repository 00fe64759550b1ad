package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policykg.store.StoreFiles;

/**
 * The explorer in real headless Chromium (Debian's chromium and chromium-driver; skipped, with a
 * message, where they are not installed). Each view is checked and photographed into
 * target/screenshots (the README's pictures in docs/ are these, looked at and copied).
 */
class ExplorerBrowserTest {

    static final Path SHOTS = Path.of("target/screenshots");
    static ChromeDriver browser;
    static Path profile;

    static Optional<Path> find(String env, String... candidates) {
        String given = System.getenv(env);
        if (given != null && Files.isExecutable(Path.of(given))) return Optional.of(Path.of(given));
        return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @BeforeAll
    static void open() throws Exception {
        Optional<Path> chromium = find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> driver = find("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(),
                "skipped: no Chromium and chromedriver here (apt-get install chromium chromium-driver to run the browser tests)");
        profile = Files.createTempDirectory("policykg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        Files.createDirectories(SHOTS);
        ServedStore.get();
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
        // Chromium's profile (caches, logs) is ours alone: a run leaves nothing behind in the temporary folder
        if (profile != null) StoreFiles.delete(profile);
    }

    @BeforeEach
    void chinese() {
        // every test starts in the default language
        browser.get(ServedStore.base() + "/static/app.css");
        browser.executeScript("localStorage.clear()");
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    static void open(String path) {
        browser.get(ServedStore.base() + path);
    }

    static void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @SuppressWarnings("unchecked")
    static List<String> cascadeLabels() {
        return (List<String>) browser.executeScript("return window.policykgCascade.nodes().map(n => n.data('label'))");
    }

    static long cascadeNodes() {
        return (Long) browser.executeScript("return window.policykgCascade ? window.policykgCascade.nodes().length : 0");
    }

    @Test
    void theCascadeOf001_1_12DrawsItsNodesWithChineseLabels() throws Exception {
        open("/cascade?task=001_1ee4ff36028791ed.txt:1:12");
        waiting().until(d -> cascadeNodes() > 0);
        List<String> labels = cascadeLabels();
        assertTrue(labels.size() >= 7, labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("湖北省 · 001:1:12\n疏通交通出行堵点")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("武汉市 · 001:2:54\n新增停车泊位12万个。")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("武昌区 · 001:3:29")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("\n牵头: 武汉市停车场及新能源汽车配套设施…\n")), labels.toString());
        long escalations = (Long) browser.executeScript("return window.policykgCascade.edges('.escalation').length");
        assertTrue(escalations >= 1, "no escalation highlighted");
        // the detail panel shows the task in full, in Chinese
        assertTrue(browser.findElement(By.id("cascade-detail")).getText().contains("湖北省 · 省级"));
        shot("serve-cascade");
    }

    @Test
    void clickingANodeExpandsTheCascade() throws Exception {
        open("/cascade?task=001_1ee4ff36028791ed.txt:3:29");
        waiting().until(d -> cascadeNodes() > 0);
        long before = cascadeNodes();
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.executeScript(
                "const n = window.policykgCascade.nodes().filter(n => n.data('label').startsWith('湖北省'))[0];"
                + "return n.renderedPosition();");
        WebElement canvas = browser.findElement(By.id("cascade-graph"));
        int x = ((Number) at.get("x")).intValue() - canvas.getSize().getWidth() / 2;
        int y = ((Number) at.get("y")).intValue() - canvas.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
        waiting().until(d -> cascadeNodes() > before);
        assertTrue(cascadeLabels().stream().anyMatch(l -> l.startsWith("武汉市 · 001:2:73")), cascadeLabels().toString());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cascade-detail"), "湖北省"));
    }

    @Test
    void theGalleryRunsUnitPortfolioWithAParameter() throws Exception {
        open("/query/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".gallery li")));
        assertTrue(browser.findElement(By.linkText("单位责任清单")).isDisplayed());
        shot("serve-gallery");
        browser.findElement(By.linkText("单位责任清单")).click();
        WebElement unit = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("param-unit")));
        assertEquals("区发改局", unit.getAttribute("value"));
        unit.clear();
        unit.sendKeys("武昌区建设局");
        browser.findElement(By.id("run")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result table.results tbody tr")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#result table.results tbody tr"));
        assertEquals(rows.size() + " 行", browser.findElement(By.id("row-count")).getText());
        assertTrue(rows.size() >= 10, rows.size() + " rows");
        for (WebElement row : rows) assertEquals("武昌区建设局", row.findElements(By.tagName("td")).get(0).getText());
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("新增停车泊位12万个。")));
        // the shareable address names the query and its parameter, and opens the same result
        String shared = browser.getCurrentUrl();
        assertTrue(java.net.URLDecoder.decode(shared, "UTF-8").endsWith("/query/unit-portfolio?unit=武昌区建设局"), shared);
        shot("serve-gallery-run");
        browser.get(shared);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result table.results tbody tr")));
        assertEquals(rows.size(), browser.findElements(By.cssSelector("#result table.results tbody tr")).size());
    }

    @Test
    void searchFindsTheParkingTasksAndLinksToTheirPages() throws Exception {
        open("/");
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("停车泊位");
        box.submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertTrue(hits.size() >= 4, hits.size() + " hits");
        assertEquals("001_1ee4ff36028791ed.txt:2:54", hits.get(0).findElement(By.className("hit-id")).getText());
        assertEquals("停车泊位", hits.get(0).findElement(By.tagName("mark")).getText());
        assertTrue(hits.stream().anyMatch(h -> h.getText().contains("004_045b395ef430cb3c.txt:2:6")));
        shot("serve-search");
        hits.get(0).findElement(By.className("hit-id")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-text"), "新增停车泊位12万个。"));
    }

    @Test
    void aTaskPageShowsItsUnitsAndLeadsToTheirPages() throws Exception {
        open("/id/doc/001_1ee4ff36028791ed.txt/list/2/task/54");
        WebElement units = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#task-units table")));
        List<String> names = units.findElements(By.className("unit-link")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("武汉市停车场及新能源汽车配套设施建设工作领导小组", "武昌区建设局"), names);
        assertTrue(units.getText().contains("牵头"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("001_1ee4ff36028791ed.txt, 行 98"));
        shot("serve-task");
        units.findElement(By.linkText("武昌区建设局")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "武昌区建设局"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results tbody tr")));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("001_1ee4ff36028791ed.txt:2:54"));
        shot("serve-unit");
        // a unit whose IRI carries escapes (各县%28市、区%29政府), reached by its link on a task page
        open("/id/doc/004_045b395ef430cb3c.txt/list/1/task/2");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#task-units table")));
        browser.findElement(By.linkText("各县(市、区)政府")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "各县(市、区)政府"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results tbody tr")));
    }

    @Test
    void theSameAddressAnswersTurtleToAcceptTextTurtle() {
        open("/id/doc/001_1ee4ff36028791ed.txt/list/2/task/54");
        Object reply = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(location.pathname, {headers: {Accept: 'text/turtle'}})"
                + ".then(r => r.text().then(body => done(r.headers.get('Content-Type') + '\\n' + body)))");
        String text = (String) reply;
        assertTrue(text.startsWith("text/turtle"), text);
        assertTrue(text.contains("pkg:text") && text.contains("\"新增停车泊位12万个。\"@zh"), text);
    }

    @Test
    void theEnglishToggleSwitchesThePage() throws Exception {
        open("/query/deadlines-in-period?from=2023-01-01&to=2023-06-30");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-timeline")));
        assertEquals("期间内到期事项", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("lang-toggle")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Deadlines in a period"));
        assertEquals("Cascade", browser.findElement(By.id("nav-cascade")).getText());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-timeline")));
        assertTrue(browser.findElement(By.id("result-timeline")).getText().contains("明年一季度 (2023-01-01 – 2023-03-31)"));
        shot("serve-timeline-en");
    }

    @Test
    void theSparqlEditorRunsAQueryUnderTheRowCap() throws Exception {
        open("/sparql");
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return !!window.policykgYasgui"));
        browser.executeScript("window.policykgYasgui.getTab().query()");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "武昌区城管执法局"));
        shot("serve-sparql");
    }
}

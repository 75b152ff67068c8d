package org.gluegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * What the explorer's browser test classes share: one headless Chromium per class (Debian's, see {@link Browser}),
 * the service of the one Spring context (one embedded Neo4j per test JVM), and the steps every journey takes:
 * open a page and check its logs, type into a field, sign in on the curation page.
 */
abstract class BrowserTestSupport extends IntegrationTest {

    static final String DEMO = "lenalidomide_vs_dmso_synthetic";

    /** Form controls a screen reader could not name: no label[for], no wrapping label, no aria-label, no text. */
    static final String UNLABELLED = """
            return Array.prototype.slice.call(document.querySelectorAll('input, select, textarea, button')).filter(function (el) {
              if (el.type === 'hidden') return false;
              if (el.tagName === 'BUTTON') return !el.textContent.trim() && !el.getAttribute('aria-label');
              if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) return false;
              return !(el.id && document.querySelector('label[for="' + el.id + '"]')) && !el.closest('label');
            }).map(function (el) { return el.outerHTML.slice(0, 120); });
            """;

    @LocalServerPort
    int port;

    @Autowired
    HttpGraphQlTester graphQl;

    static Browser browser;

    @BeforeAll
    static void open() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void close() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Open a page, wait until its content is there, and check the browser's logs for it. */
    Browser.PageLog visit(String path, String readyCss) throws IOException {
        browser.log(); // drain what earlier pages left
        browser.driver.get(url(path));
        try {
            browser.await(readyCss);
        } catch (org.openqa.selenium.TimeoutException e) {
            // say what the page showed and logged instead of only that it did not get ready
            throw new AssertionError(path + " never showed " + readyCss + "; the page said:\n"
                    + browser.js("return document.body.innerText;") + "\nand logged: " + browser.log().consoleErrors(), e);
        }
        Browser.PageLog log = browser.log();
        assertThat(log.consoleErrors()).as("console errors on " + path).isEmpty();
        assertThat(log.leavingLocalhost()).as("requests leaving localhost from " + path).isEmpty();
        assertThat(log.requests()).as("requests of " + path).isNotEmpty();
        return log;
    }

    /** The page's form controls that have no label (empty when every one has). */
    Object unlabelled() {
        return browser.js(UNLABELLED);
    }

    void type(String id, String text) {
        WebElement el = browser.driver.findElement(By.id(id));
        el.clear();
        el.sendKeys(text);
    }

    /** On /curation: use this API key for the tab and wait for the queue to be read with it. */
    void signIn(String key) {
        type("api-key", key);
        browser.driver.findElement(By.id("key-save")).click();
        browser.waiting().until(d -> d.findElement(By.id("key-state")).getText().contains("A key is set"));
        // the click starts a reload of the queue with the new key (data-state "loading" at once); wait for its answer
        browser.await("#queue[data-state='ready'] h3");
    }
}

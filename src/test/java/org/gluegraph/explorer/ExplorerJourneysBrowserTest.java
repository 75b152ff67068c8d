package org.gluegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The explorer's later journeys in the browser: the drug page's expression-check marks, keyboard access to the
 * mechanism graph, the curation journeys (a revision with its diff, a rejection that needs its comment, a retraction)
 * checked through the API afterwards, and the upload's progress up to the contrast page.
 */
class ExplorerJourneysBrowserTest extends BrowserTestSupport {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    // ---------- expression check on the drug page ----------

    /** What the API says of each end point: symbol -> the verdicts of the paths that end there. */
    private Map<String, TreeSet<String>> apiChecks() {
        List<Map<String, Object>> paths = graphQl.document("""
                query($c: ID) { mechanism(drug: "lenalidomide", maxHops: 3, contrast: $c) {
                  expressionCheck nodes { __typename ... on Gene { symbol } } } }""").variable("c", DEMO).execute()
                .path("mechanism").entityList(MAP).get();
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Map<String, Object> p : paths) {
            List<?> nodes = (List<?>) p.get("nodes");
            Map<?, ?> last = (Map<?, ?>) nodes.get(nodes.size() - 1);
            if ("Gene".equals(last.get("__typename"))) {
                out.computeIfAbsent((String) last.get("symbol"), k -> new TreeSet<>()).add((String) p.get("expressionCheck"));
            }
        }
        return out;
    }

    @Test
    void mechanismEndPointsAndResistanceGenesShowTheApisExpressionCheck() throws IOException {
        Map<String, TreeSet<String>> api = apiChecks();
        assertThat(api.get("MYC")).containsExactly("SUPPORTED");
        assertThat(api.get("IRF4")).containsExactly("SUPPORTED");
        assertThat(api.get("IKZF1")).contains("NOT_PREDICTED");

        visit("/drug/lenalidomide?contrast=" + DEMO, "#graph[data-nodes]");
        @SuppressWarnings("unchecked")
        Map<String, String> drawn = (Map<String, String>) browser.js("""
                var out = {};
                window.explorer.cy.nodes().forEach(function (n) { if (n.data('check')) out[n.data('label')] = n.data('check'); });
                return out;
                """);
        Map<String, TreeSet<String>> page = new TreeMap<>();
        drawn.forEach((k, v) -> page.put(k, new TreeSet<>(List.of(v.split(",")))));
        assertThat(page).as("verdicts marked on the graph").isEqualTo(api);
        // readable without colour: a glyph after the label, and the word in the node table
        assertThat(browser.js("return window.explorer.cy.nodes().filter(function (n) { return n.data('label') === 'MYC'; })[0].style('label');"))
                .isEqualTo("MYC ✓");
        assertThat(browser.js("return window.explorer.cy.nodes().filter(function (n) { return n.data('label') === 'IKZF1'; })[0].style('label');"))
                .asString().startsWith("IKZF1 ").contains("–");
        WebElement mycRow = browser.driver.findElements(By.cssSelector("#node-table tbody tr")).stream()
                .filter(tr -> tr.findElements(By.tagName("td")).get(0).getText().equals("MYC")).findFirst().orElseThrow();
        assertThat(mycRow.getText()).contains("✓ supported");
        assertThat(browser.driver.findElements(By.cssSelector("#check-legend [data-check]"))).extracting(WebElement::getText)
                .containsExactly("✓ supported", "✗ contradicted", "○ not significant", "– not predicted", "? not measured");

        // the resistance table shows the API's verdict of each resistance gene
        List<Map<String, Object>> findings = graphQl.document("""
                query($c: ID) { resistanceMechanisms(drug: "lenalidomide", contrast: $c) { gene { symbol } expressionCheck } }""")
                .variable("c", DEMO).execute().path("resistanceMechanisms").entityList(MAP).get();
        Map<String, String> apiResistance = new TreeMap<>();
        findings.forEach(f -> apiResistance.put((String) ((Map<?, ?>) f.get("gene")).get("symbol"), (String) f.get("expressionCheck")));
        @SuppressWarnings("unchecked")
        Map<String, String> shown = (Map<String, String>) browser.js("""
                var out = {};
                document.querySelectorAll('#resistance-table tbody tr').forEach(function (tr) {
                  var c = tr.querySelector('[data-check]'); out[tr.querySelector('td').textContent] = c ? c.dataset.check : null; });
                return out;
                """);
        assertThat(new TreeMap<>(shown)).isEqualTo(apiResistance);
        assertThat(apiResistance).isNotEmpty();

        // the evidence panel of IRF4 -> MYC (a transcript-level claim) says its level and its paths' verdict
        String irf4Myc = String.valueOf(browser.js("""
                return window.explorer.cy.edges().filter(function (e) { return e.source().data('label') === 'IRF4'
                  && e.target().data('label') === 'MYC'; })[0].id();"""));
        browser.js("window.explorer.cy.$id(arguments[0]).emit('tap');", irf4Myc);
        browser.waiting().until(d -> d.findElement(By.id("evidence-level")).getText().startsWith("TRANSCRIPT"));
        assertThat(browser.driver.findElement(By.id("evidence-check")).getText()).startsWith("supported by " + DEMO);
        browser.js("document.getElementById('graph').scrollIntoView();");
        browser.screenshot("journey-drug-expression-check");
        assertThat(browser.log().consoleErrors()).isEmpty();
    }

    // ---------- keyboard on the mechanism graph ----------

    private String live() {
        return browser.driver.findElement(By.id("graph-focus")).getText();
    }

    private void press(CharSequence key) {
        browser.driver.switchTo().activeElement().sendKeys(key);
    }

    @Test
    void theGraphIsWalkedWithTheKeyboardAndEnterOpensTheEvidence() throws IOException {
        visit("/drug/lenalidomide?contrast=" + DEMO, "#graph[data-nodes]");
        browser.js("document.activeElement.blur(); window.scrollTo(0, 0);");
        int tabs = 0;
        while (!"graph".equals(browser.js("return document.activeElement && document.activeElement.id;")) && tabs < 40) {
            browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            tabs++;
        }
        assertThat(browser.js("return document.activeElement.id;")).as("the graph takes focus with Tab").isEqualTo("graph");
        browser.waiting().until(d -> live().startsWith("Mechanism graph with"));

        press(Keys.ARROW_RIGHT);
        browser.waiting().until(d -> live().startsWith("Drug lenalidomide (1 of "));
        String drugId = browser.driver.findElement(By.id("graph")).getAttribute("data-focused");
        assertThat(browser.js("return window.explorer.cy.$id(arguments[0]).hasClass('kbd-focus');", drugId)).isEqualTo(true);

        // the focus ring is painted: the halo colour around the focused drug node
        press(Keys.ARROW_RIGHT);
        browser.waiting().until(d -> live().startsWith("Edge lenalidomide "));
        String edgeId = browser.driver.findElement(By.id("graph")).getAttribute("data-focused");
        assertThat(live()).contains("Enter shows its evidence");
        press(Keys.ENTER);
        browser.waiting().until(d -> d.findElements(By.cssSelector("#evidence a[href='/curation?claim=" + edgeId + "']")).size() == 1);
        browser.await("#evidence-list li");
        assertThat(browser.js("return document.activeElement.id;")).as("the focus stays on the graph").isEqualTo("graph");

        // walk on to MYC with the arrows only; it is described with its verdict
        int steps = 0;
        while (!live().startsWith("Gene MYC") && steps < 200) {
            press(Keys.ARROW_RIGHT);
            steps++;
        }
        assertThat(live()).startsWith("Gene MYC, log2FC ").contains("expression check supported");
        String mycId = browser.driver.findElement(By.id("graph")).getAttribute("data-focused");
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.js("""
                var n = window.explorer.cy.$id(arguments[0]), box = document.getElementById('graph').getBoundingClientRect(), p = n.renderedPosition();
                return {x: box.left + p.x, y: box.top + p.y, r: n.renderedWidth() / 2, zoom: window.explorer.cy.zoom()};""", mycId);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.screenshotBytes()));
        double x = ((Number) at.get("x")).doubleValue(), y = ((Number) at.get("y")).doubleValue();
        double ring = ((Number) at.get("r")).doubleValue() + 10 * ((Number) at.get("zoom")).doubleValue();
        int halo = 0;
        for (double[] d : new double[][] {{-1, 0}, {1, 0}, {0, -1}, {-0.7, -0.7}, {0.7, -0.7}}) {
            int px = shot.getRGB((int) Math.round(x + d[0] * ring), (int) Math.round(y + d[1] * ring));
            int r = (px >> 16) & 255, g = (px >> 8) & 255, b = px & 255;
            if (Math.abs(r - 0xe3) <= 12 && Math.abs(g - 0xa0) <= 12 && Math.abs(b - 0x08) <= 12) {
                halo++;
            }
        }
        assertThat(halo).as("points of the focus halo painted around MYC").isGreaterThanOrEqualTo(2);
        browser.screenshot("journey-keyboard-graph-focus");
        press(Keys.ENTER);
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains("Open MYC"));

        press(Keys.HOME);
        browser.waiting().until(d -> live().startsWith("Drug lenalidomide (1 of "));
        press(Keys.END);
        browser.waiting().until(d -> live().matches("(?s).*\\((\\d+) of \\1.*"));
        press(Keys.ESCAPE);
        assertThat(browser.js("return window.explorer.cy.elements('.kbd-focus').length;")).isEqualTo(0L);

        // a redrawn graph (claims under review included) is walked one step per key, from its start again
        browser.js("window.previousCy = window.explorer.cy;");
        browser.driver.findElement(By.id("unreviewed")).sendKeys(" ");
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return window.explorer.cy !== window.previousCy;")));
        browser.js("document.getElementById('graph').focus();");
        press(Keys.ARROW_RIGHT);
        browser.waiting().until(d -> live().startsWith("Drug lenalidomide (1 of "));
        press(Keys.ARROW_RIGHT);
        browser.waiting().until(d -> live().startsWith("Edge lenalidomide ") && live().contains("(2 of "));
        assertThat(browser.log().consoleErrors()).isEmpty();
    }

    // ---------- curation journeys ----------

    private String submit(String subject, String predicate, String object, int sign, String context, String pmid) {
        Map<String, Object> input = Map.of("subject", subject, "predicate", predicate, "object", object, "sign", sign,
                "context", context, "evidence", List.of(Map.of("pmid", pmid, "statement", "set up by the explorer journey test")));
        return as(graphQl, CURATOR).document("mutation($i: ClaimInput!) { submitClaim(input: $i) { id } }")
                .variable("i", input).execute().path("submitClaim.id").entity(String.class).get();
    }

    private void accept(String claimId) {
        as(graphQl, EDITOR).document("mutation($id: ID!) { acceptClaim(claimId: $id, comment: \"set up\") { status } }")
                .variable("id", claimId).execute().path("acceptClaim.status").entity(String.class).isEqualTo("ACCEPTED");
    }

    private Map<String, Object> claim(String id) {
        return graphQl.document("""
                query($id: ID!) { claim(id: $id) { status version relation { context level sign
                  evidence { publication { id pmid retracted } } }
                  revisions { id status } events { action actor comment before after } } }""")
                .variable("id", id).execute().path("claim").entity(MAP).get();
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Map<String, Object> claim) {
        return ((List<Map<String, Object>>) claim.get("events")).stream().map(e -> (String) e.get("action")).toList();
    }

    @Test
    void aCuratorSuggestsARevisionAndTheEditorSeesItsDiffAndAcceptsIt() throws IOException {
        String id = submit("SOX2", "UPREGULATES", "NES", 1, "explorer revision journey", "31000001");
        accept(id);
        visit("/curation?claim=" + id, "#revision-form");
        signIn(CURATOR);
        int version = (Integer) claim(id).get("version");
        assertThat(browser.driver.findElement(By.id("rev-h")).getText()).contains("version " + version);
        new Select(browser.driver.findElement(By.id("rev-level"))).selectByValue("PROTEIN");
        type("rev-context", "neural progenitors (explorer revision journey)");
        type("rev-pub", "31000002");
        type("rev-stmt", "a second study typed in the browser");
        // the comment is required: without it nothing is sent
        browser.driver.findElement(By.id("suggest-revision")).click();
        assertThat(browser.await("#revision-result .error").getText()).contains("needs a comment");
        assertThat((List<?>) claim(id).get("revisions")).isEmpty();
        type("rev-comment", "the context was too broad; protein-level evidence added");
        browser.driver.findElement(By.id("suggest-revision")).click();
        String ok = browser.await("#revision-result .ok").getText();
        String revId = ok.replaceAll("(?s)^Suggested revision (\\S+) .*$", "$1");
        assertThat(ok).contains("PENDING");
        assertThat(unlabelled()).isEqualTo(List.of());
        browser.screenshot("journey-curation-revision-form");

        signIn(EDITOR);
        WebElement item = browser.await("#queue-revisions li[data-revision='" + revId + "']");
        Map<String, String> changed = new TreeMap<>();
        for (WebElement tr : item.findElements(By.cssSelector("table.diff tbody tr.changed"))) {
            List<WebElement> td = tr.findElements(By.tagName("td"));
            changed.put(tr.getAttribute("data-field"), td.get(1).getText() + " -> " + td.get(2).getText());
        }
        assertThat(changed).containsOnlyKeys("context", "level", "evidence");
        assertThat(changed.get("level")).isEqualTo("TRANSCRIPT -> PROTEIN");
        assertThat(changed.get("context")).isEqualTo("explorer revision journey -> neural progenitors (explorer revision journey)");
        assertThat(item.findElement(By.cssSelector("tr[data-field='evidence'] td:nth-child(3) ins")).getText())
                .isEqualTo("PMID:31000002: a second study typed in the browser");
        assertThat(item.findElement(By.cssSelector("tr[data-field='predicate']")).getText()).doesNotContain("(changed)");
        browser.js("arguments[0].scrollIntoView();", item);
        browser.screenshot("journey-curation-revision-diff");
        browser.driver.findElement(By.id("accept-" + revId)).click();
        browser.waiting().until(d -> d.findElement(By.id("queue")).getText().contains("Revision " + revId + ": ")
                || d.findElements(By.cssSelector("#queue-revisions li[data-revision='" + revId + "']")).isEmpty());

        Map<String, Object> after = claim(id);
        assertThat(after.get("version")).isEqualTo(version + 1);
        Map<?, ?> relation = (Map<?, ?>) after.get("relation");
        assertThat(relation.get("context")).isEqualTo("neural progenitors (explorer revision journey)");
        assertThat(relation.get("level")).isEqualTo("PROTEIN");
        assertThat((List<?>) relation.get("evidence")).hasSize(2);
        assertThat(after.get("revisions")).isEqualTo(List.of(Map.of("id", revId, "status", "ACCEPTED")));
        assertThat(actions(after)).containsExactly("SUBMIT", "ACCEPT", "SUGGEST_REVISION", "ACCEPT_REVISION");

        // the timeline shows the same history, the accepted revision with its before/after
        visit("/curation?claim=" + id, "#timeline li");
        List<WebElement> steps = browser.driver.findElements(By.cssSelector("#timeline > li"));
        assertThat(steps).extracting(li -> li.findElement(By.tagName("strong")).getText())
                .containsExactly("SUBMIT", "ACCEPT", "SUGGEST_REVISION", "ACCEPT_REVISION");
        WebElement last = steps.get(3);
        last.findElement(By.tagName("summary")).click();
        assertThat(last.findElement(By.cssSelector("tr[data-field='context']")).getText())
                .contains("explorer revision journey").contains("neural progenitors (explorer revision journey)");
        assertThat(last.findElement(By.cssSelector("tr[data-field='version']")).getText())
                .isEqualTo("version (changed) " + version + " " + (version + 1));
        browser.js("arguments[0].scrollIntoView();", last);
        browser.screenshot("journey-curation-revision-timeline");
        assertThat(browser.log().consoleErrors()).isEmpty();
    }

    @Test
    void aRejectionNeedsItsCommentAndLandsInTheHistory() throws IOException {
        String id = submit("PAX6", "UPREGULATES", "SOX2", 1, "explorer reject journey", "31000003");
        visit("/curation", "#queue h3");
        signIn(EDITOR);
        WebElement item = browser.await("#queue-claims li[data-claim='" + id + "']");
        browser.js("arguments[0].scrollIntoView();", item);
        browser.driver.findElement(By.id("reject-" + id)).click();
        assertThat(item.findElement(By.cssSelector(".error")).getText()).contains("A rejection needs a comment");
        assertThat(browser.js("return document.activeElement.id;")).isEqualTo("comment-" + id);
        assertThat(claim(id).get("status")).as("nothing was sent without the comment").isEqualTo("SUBMITTED");
        browser.screenshot("journey-curation-reject-needs-comment");
        type("comment-" + id, "the cited study shows binding, not regulation");
        browser.driver.findElement(By.id("reject-" + id)).click();
        // the page says so, then redraws the queue without the claim
        browser.waiting().until(d -> d.findElement(By.id("queue")).getText().contains("Claim " + id + ": REJECTED")
                || d.findElements(By.cssSelector("#queue-claims li[data-claim='" + id + "']")).isEmpty());

        Map<String, Object> after = claim(id);
        assertThat(after.get("status")).isEqualTo("REJECTED");
        assertThat(actions(after)).containsExactly("SUBMIT", "REJECT");
        @SuppressWarnings("unchecked")
        Map<String, Object> reject = ((List<Map<String, Object>>) after.get("events")).get(1);
        assertThat(reject).containsEntry("actor", "eve").containsEntry("comment", "the cited study shows binding, not regulation");

        visit("/curation?claim=" + id, "#timeline li");
        String timeline = browser.driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("REJECT by eve").contains("“the cited study shows binding, not regulation”");
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("Status REJECTED")
                .contains("cannot be revised");
        browser.screenshot("journey-curation-rejected-history");
    }

    @Test
    void anEditorRetractsAPublicationAndItsClaimLeavesTheGraph() throws IOException {
        String id = submit("KLF4", "UPREGULATES", "NANOG", 1, "explorer retraction journey", "31000004");
        accept(id);
        assertThat(relationsOfKlf4()).contains(id);
        visit("/curation?claim=" + id, "#timeline li");
        signIn(EDITOR);
        browser.driver.findElement(By.cssSelector("#history button.retract")).click();
        assertThat(browser.await("#retract-result .error").getText()).contains("A retraction needs a comment");
        assertThat(claim(id).get("status")).isEqualTo("ACCEPTED");
        type("retract-comment", "the journal retracted the study");
        browser.driver.findElement(By.cssSelector("#history button.retract")).click();
        browser.waiting().until(d -> d.findElement(By.id("retract-result")).getText().contains("retracted"));
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("Status RETRACTED")
                .contains("Publication pmid:31000004 retracted.").contains("No publication counts as evidence any more");
        assertThat(browser.driver.findElements(By.cssSelector("#history button.retract"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("timeline")).getText()).contains("RETRACT by eve")
                .contains("“the journal retracted the study”");
        browser.screenshot("journey-curation-retraction");

        Map<String, Object> after = claim(id);
        assertThat(after.get("status")).isEqualTo("RETRACTED");
        assertThat(actions(after)).containsExactly("SUBMIT", "ACCEPT", "RETRACT");
        @SuppressWarnings("unchecked")
        Map<String, Object> retract = ((List<Map<String, Object>>) after.get("events")).get(2);
        assertThat(retract).containsEntry("actor", "eve").containsEntry("comment", "the journal retracted the study");
        // a retracted publication no longer counts as evidence, and the claim left the accepted graph
        assertThat((List<?>) ((Map<?, ?>) after.get("relation")).get("evidence")).isEmpty();
        assertThat(relationsOfKlf4()).doesNotContain(id);
    }

    private List<String> relationsOfKlf4() {
        return graphQl.document("{ gene(id: \"KLF4\") { relations { claimId } } }").execute()
                .path("gene.relations[*].claimId").entityList(String.class).get();
    }

    // ---------- upload progress ----------

    @Test
    void theUploadShowsItsBytesThenItsPhasesAndEndsOnTheContrastPage() throws IOException {
        Path counts = Path.of("seed-data/expression/synthetic_lenalidomide_vs_dmso_counts.tsv").toAbsolutePath();
        Path samples = Path.of("seed-data/expression/synthetic_lenalidomide_vs_dmso_samples.tsv").toAbsolutePath();
        visit("/upload", "#upload-form");
        type("api-key", CURATOR);
        browser.driver.findElement(By.id("counts")).sendKeys(counts.toString());
        browser.driver.findElement(By.id("samples")).sendKeys(samples.toString());
        // on loopback 0.7 MB go in a blink: the browser's own network emulation slows the upload to 150 kB/s so that
        // the bytes-sent progress can be seen between 0 and 100%
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 400,
                "downloadThroughput", -1, "uploadThroughput", 150_000));
        List<String> seen = new ArrayList<>();
        try {
            browser.driver.findElement(By.id("upload-button")).click();
            browser.waiting().pollingEvery(Duration.ofMillis(100)).until(d -> {
                Object p = browser.js("var b = document.getElementById('upload-progress'); return [b.value, b.max, document.getElementById('phase-upload').textContent];");
                List<?> v = (List<?>) p;
                double value = ((Number) v.get(0)).doubleValue(), max = ((Number) v.get(1)).doubleValue();
                if (value > 0 && value < max) {
                    seen.add((String) v.get(2));
                }
                return seen.size() >= 2;
            });
            browser.screenshot("journey-upload-progress-bytes");
            assertThat(seen.get(0)).matches("(?s)Upload the files \\(now\\) \\d{1,2}% \\(.* of .* kB\\).*");
            browser.await("#dataset");
            assertThat(browser.driver.findElement(By.id("phase-upload")).getAttribute("data-state")).isEqualTo("done");
            assertThat(browser.driver.findElement(By.id("phase-upload")).getText()).contains("(done) 100%");
            assertThat(browser.driver.findElement(By.id("phase-check")).getText()).contains("(done)").contains("× 6 samples");
            assertThat(Integer.parseInt(browser.driver.findElement(By.id("upload-progress")).getAttribute("data-events")))
                    .isGreaterThanOrEqualTo(2);
            assertThat(unlabelled()).isEqualTo(List.of());

            type("name", "explorer_upload_progress");
            assertThat(browser.driver.findElement(By.id("numerator")).getAttribute("value")).isEqualTo("lenalidomide");
            browser.driver.findElement(By.id("run")).click();
            browser.waiting().pollingEvery(Duration.ofMillis(100)).until(d ->
                    "active".equals(d.findElement(By.id("phase-compute")).getAttribute("data-state")));
            assertThat(browser.driver.findElement(By.id("phase-compute")).getText())
                    .contains("(now)").contains("the server reports no progress inside a run");
            assertThat(browser.driver.findElement(By.id("phase-design")).getText()).contains("(done)")
                    .contains("explorer_upload_progress: ~ treatment, lenalidomide vs DMSO");
            browser.screenshot("journey-upload-progress-computing");
        } finally {
            browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
        browser.waiting().until(ExpectedConditions.urlContains("/contrast/explorer_upload_progress"));
        browser.await("#volcano[data-marks]");
        int tested = graphQl.document("{ contrast(id: \"explorer_upload_progress\") { testedGenes } }").execute()
                .path("contrast.testedGenes").entity(Integer.class).get();
        assertThat(Integer.parseInt(browser.driver.findElement(By.id("volcano")).getAttribute("data-marks"))).isEqualTo(tested);
        Browser.PageLog log = browser.log();
        assertThat(log.consoleErrors()).isEmpty();
        assertThat(log.leavingLocalhost()).isEmpty();
        browser.screenshot("journey-upload-contrast-page");
    }
}

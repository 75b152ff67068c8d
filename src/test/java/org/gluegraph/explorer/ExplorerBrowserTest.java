package org.gluegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The explorer in a real browser (Debian's headless Chromium) against the seeded service: every page loads with no
 * console error and no request leaving localhost, and the journeys a researcher and a curator make. Screenshots of
 * each journey are kept under target/explorer-screenshots/.
 */
class ExplorerBrowserTest extends BrowserTestSupport {

    @Test
    void everyPageLoadsWithNoConsoleErrorAndNothingFromOutside() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "#search");
        pages.put("/drug/lenalidomide?contrast=" + DEMO, "#graph[data-nodes]");
        pages.put("/gene/IKZF1", "#identifiers");
        pages.put("/pathway/HALLMARK_INTERFERON_ALPHA_RESPONSE?contrast=" + DEMO, "#members-table tbody tr");
        pages.put("/contrast/" + DEMO, "#volcano[data-marks]");
        pages.put("/enrichment", "#contrast option");
        pages.put("/upload", "#upload-form");
        pages.put("/curation", "#queue h3");
        pages.put("/graphiql", ".graphiql-container .graphiql-editors");
        List<String> sizes = new ArrayList<>();
        for (var p : pages.entrySet()) {
            Browser.PageLog log = visit(p.getKey(), p.getValue());
            sizes.add(p.getKey() + ": " + log.requests().size() + " requests, " + log.transferred() + " bytes");
            if (!p.getKey().equals("/graphiql")) { // GraphiQL's own editor is third-party
                assertThat(unlabelled()).as("form controls without a label on " + p.getKey()).isEqualTo(List.of());
            }
            String name = p.getKey().equals("/") ? "page-search" : "page-" + p.getKey().substring(1).replaceAll("[^A-Za-z0-9]+", "-");
            browser.screenshot(name);
        }
        System.out.println("Explorer pages (requests, bytes transferred):\n  " + String.join("\n  ", sizes));
    }

    @Test
    void graphiqlRunsAQueryFromTheJar() throws IOException {
        visit("/graphiql", ".graphiql-container .graphiql-editors");
        browser.await(".graphiql-execute-button").click();
        browser.waiting().until(d -> {
            Object text = browser.js("var r = document.querySelector('.graphiql-response'); return r ? r.innerText : '';");
            return String.valueOf(text).contains("predictedSign");
        });
        String response = String.valueOf(browser.js("return document.querySelector('.graphiql-response').innerText;"));
        assertThat(response).contains("\"MYC\"").contains("\"lenalidomide\"");
        assertThat(browser.log().leavingLocalhost()).isEmpty();
        browser.screenshot("journey-graphiql");
    }

    @Test
    void searchIkarosLandsOnIkzf1() throws IOException {
        visit("/", "#search");
        WebElement box = browser.driver.findElement(By.id("search"));
        box.sendKeys("Ikaros");
        // suggestions as you type name the gene behind the alias
        browser.waiting().until(d -> d.findElements(By.cssSelector("#suggestions li")).stream()
                .anyMatch(li -> li.getText().contains("IKZF1")));
        browser.screenshot("journey-search-suggestions");
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("/gene/IKZF1"));
        WebElement h1 = browser.await("#gene h1");
        assertThat(h1.getText()).startsWith("IKZF1").contains("IKAROS family zinc finger 1");
        assertThat(browser.driver.findElement(By.id("identifiers")).getText()).contains("HGNC:13176").contains("IKAROS");
        assertThat(browser.log().consoleErrors()).isEmpty();
        browser.screenshot("journey-search-ikaros-ikzf1");

        // an unknown term is said plainly
        visit("/?q=notAGeneAtAll", "#answer .error");
        assertThat(browser.driver.findElement(By.cssSelector("#answer .error")).getText()).contains("Nothing is known as");
    }

    @Test
    void lenalidomideMechanismIsColouredByTheDemoContrast() throws IOException {
        visit("/drug/lenalidomide?contrast=" + DEMO, "#graph[data-nodes]");
        browser.js("document.getElementById('graph').scrollIntoView(); window.explorer.cy.fit(undefined, 30);");
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return window.explorer.cy.nodes().length > 0 && !window.explorer.cy.animated();")));
        double max = ((Number) browser.js("return window.explorer.scaleMax;")).doubleValue();
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.screenshotBytes()));
        for (String symbol : List.of("IKZF1", "IKZF3", "IRF4", "MYC")) {
            Double lfc = graphQl.document("query($g: ID!, $c: ID) { gene(id: $g) { expression(contrast: $c) { log2FoldChange } } }")
                    .variable("g", symbol).variable("c", DEMO).execute()
                    .path("gene.expression[0].log2FoldChange").entity(Double.class).get();
            @SuppressWarnings("unchecked")
            Map<String, Object> node = (Map<String, Object>) browser.js("""
                    var label = arguments[0], cy = window.explorer.cy;
                    var n = cy.nodes().filter(function (x) { return x.data('label') === label; })[0];
                    if (!n) return null;
                    var box = document.getElementById('graph').getBoundingClientRect(), p = n.renderedPosition();
                    return {x: box.left + p.x, y: box.top + p.y, colour: n.style('background-color'), lfc: n.data('lfc')};
                    """, symbol);
            assertThat(node).as(symbol + " is drawn").isNotNull();
            assertThat(((Number) node.get("lfc")).doubleValue()).as(symbol + " log2FC on the page").isEqualTo(lfc);
            int[] expected = DivergingScale.rgb(lfc, max);
            int pixel = shot.getRGB((int) Math.round(((Number) node.get("x")).doubleValue()),
                    (int) Math.round(((Number) node.get("y")).doubleValue()));
            int[] seen = {(pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255};
            for (int k = 0; k < 3; k++) {
                assertThat(Math.abs(seen[k] - expected[k])).as(symbol + " drawn colour " + java.util.Arrays.toString(seen)
                        + " vs the scale's " + java.util.Arrays.toString(expected) + " for log2FC " + lfc).isLessThanOrEqualTo(6);
            }
        }
        // the edge panel shows a publication with its PMID and DOI links, and the level where the claim acts (the
        // edge table lists the view's edges in the order they are drawn, so its first button is the first edge's)
        String firstClaim = String.valueOf(browser.js("return window.explorer.cy.edges()[0].id();"));
        browser.driver.findElements(By.cssSelector("#edge-table tbody button")).get(0).click();
        WebElement ev = browser.await("#evidence-list li a");
        assertThat(ev.getAttribute("href")).matches("https://(pubmed\\.ncbi\\.nlm\\.nih\\.gov/\\d+/|doi\\.org/10\\..+)");
        String level = graphQl.document("query($id: ID!) { claim(id: $id) { relation { level } } }").variable("id", firstClaim)
                .execute().path("claim.relation.level").entity(String.class).get();
        assertThat(level).isIn("TRANSCRIPT", "PROTEIN", "ACTIVITY");
        browser.waiting().until(d -> d.findElement(By.id("evidence-level")).getText().startsWith(level));
        browser.js("window.scrollTo(0, 0);");
        browser.screenshot("journey-lenalidomide-mechanism");
        // resistance edges can be hidden (they cross the mechanism back to the drug)
        String hidden = "return window.explorer.cy.edges().filter(function (e) { return e.data('relation').indexOf('RESISTANCE') === 0 && e.style('display') === 'none'; }).length;";
        assertThat(browser.js(hidden)).isEqualTo(0L);
        browser.driver.findElement(By.id("show-resistance")).click();
        assertThat(((Number) browser.js(hidden)).intValue()).isGreaterThanOrEqualTo(5);
        browser.screenshot("journey-lenalidomide-mechanism-without-resistance");
    }

    @Test
    void demoContrastVolcanoHasOneMarkPerTestedGeneAndOraFindsInterferon() throws IOException {
        int tested = graphQl.document("query($c: ID!) { contrast(id: $c) { testedGenes } }").variable("c", DEMO).execute()
                .path("contrast.testedGenes").entity(Integer.class).get();
        visit("/contrast/" + DEMO, "#volcano[data-marks]");
        WebElement volcano = browser.driver.findElement(By.id("volcano"));
        assertThat(Integer.parseInt(volcano.getAttribute("data-marks"))).isEqualTo(tested).isGreaterThan(10_000);
        assertThat(Integer.parseInt(browser.driver.findElement(By.id("ma")).getAttribute("data-marks"))).isEqualTo(tested);
        // up (red) and down (blue) marks are really painted on the canvas
        @SuppressWarnings("unchecked")
        Map<String, Object> painted = (Map<String, Object>) browser.js("""
                var c = document.getElementById('volcano'), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, up = 0, down = 0, grey = 0;
                for (var i = 0; i < d.length; i += 4) {
                  if (d[i] === 0xb2 && d[i+1] === 0x18 && d[i+2] === 0x2b) up++;
                  else if (d[i] === 0x21 && d[i+1] === 0x66 && d[i+2] === 0xac) down++;
                  else if (d[i] === 0xb8 && d[i+1] === 0xbe && d[i+2] === 0xc6) grey++;
                }
                return {up: up, down: down, grey: grey};
                """);
        assertThat(((Number) painted.get("up")).intValue()).isGreaterThan(100);
        assertThat(((Number) painted.get("down")).intValue()).isGreaterThan(100);
        assertThat(((Number) painted.get("grey")).intValue()).isGreaterThan(1000);
        assertThat(browser.driver.findElement(By.id("tested")).getText()).isEqualTo(String.valueOf(tested));
        // keyboard: the plot takes focus; + zooms in (fewer marks inside the view), 0 resets
        int before = Integer.parseInt(volcano.getAttribute("data-visible"));
        volcano.sendKeys("+");
        volcano.sendKeys("+");
        browser.waiting().until(d -> Integer.parseInt(volcano.getAttribute("data-visible")) < before);
        volcano.sendKeys("0");
        browser.waiting().until(d -> Integer.parseInt(volcano.getAttribute("data-visible")) == before);
        browser.js("document.getElementById('volcano').scrollIntoView();");
        browser.screenshot("journey-contrast-volcano");

        browser.driver.findElement(By.id("enrich-ora-up")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/enrichment"));
        browser.await("#enrichment-results tbody tr");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#enrichment-results tbody tr"));
        assertThat(rows.get(0).findElements(By.tagName("td")).get(0).getText()).contains("INTERFERON");
        assertThat(rows.get(1).findElements(By.tagName("td")).get(0).getText()).contains("INTERFERON");
        assertThat(browser.driver.findElement(By.cssSelector("#dotplot svg")).findElements(By.tagName("circle"))).isNotEmpty();
        Browser.PageLog log = browser.log();
        assertThat(log.consoleErrors()).isEmpty();
        assertThat(log.leavingLocalhost()).isEmpty();
        browser.screenshot("journey-ora-interferon");
    }

    @Test
    void curatorSubmitsEditorAcceptsAndTheEdgeIsOnTheDrugPage() throws IOException {
        visit("/drug/CC-885", "#graph[data-nodes]");
        assertThat(edgeTargets("CC-885")).doesNotContain("MYC");

        visit("/curation", "#queue h3");
        signIn(CURATOR);
        type("subject", "CC-885");
        browser.waiting().until(d -> d.findElement(By.id("subject-state")).getText().contains("drug CC-885"));
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("predicate"))).selectByValue("DOWNREGULATES");
        type("object", "MYC");
        browser.waiting().until(d -> d.findElement(By.id("object-state")).getText().contains("gene MYC"));
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("sign"))).selectByValue("-1");
        type("context", "explorer browser test");
        type("ev-pub-0", "24292625");
        browser.waiting().until(d -> d.findElement(By.id("ev-pub-0-state")).getText().contains("PMID"));
        type("ev-stmt-0", "statement typed in the explorer test");
        browser.screenshot("journey-curation-claim-form");
        browser.driver.findElement(By.id("submit-claim")).click();
        WebElement ok = browser.await("#claim-result .ok");
        String claimId = ok.getText().replaceAll("(?s)^Submitted claim (\\S+):.*$", "$1");
        assertThat(ok.getText()).contains("SUBMITTED");

        signIn(EDITOR);
        WebElement item = browser.await("#queue-claims li[data-claim='" + claimId + "']");
        assertThat(item.getText()).contains("CC-885 DOWNREGULATES MYC");
        type("comment-" + claimId, "checked in the explorer");
        browser.js("arguments[0].scrollIntoView();", item);
        browser.screenshot("journey-curation-review-queue");
        browser.driver.findElement(By.id("accept-" + claimId)).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#queue")).getText().contains(claimId + ": ACCEPTED")
                || d.findElements(By.cssSelector("#queue-claims li[data-claim='" + claimId + "']")).isEmpty());
        assertThat(browser.log().consoleErrors()).isEmpty();

        visit("/curation?claim=" + claimId, "#timeline li");
        assertThat(browser.driver.findElement(By.id("timeline")).getText()).contains("SUBMIT").contains("ACCEPT").contains("eve");

        visit("/drug/CC-885", "#graph[data-nodes]");
        assertThat(edgeTargets("CC-885")).contains("MYC");
        assertThat(browser.js("return window.explorer.cy.$id(arguments[0]).length;", claimId)).isEqualTo(1L);
        browser.screenshot("journey-curation-edge-on-drug-page");
    }

    @Test
    void gseaOfTheDemoContrastPlotsTheRunningScoreOfAChosenSet() throws IOException {
        visit("/enrichment?contrast=" + DEMO + "&method=GSEA&collections=HALLMARK&run=1", "#enrichment-results tbody tr");
        WebElement row = browser.driver.findElements(By.cssSelector("#enrichment-results tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith("HALLMARK_INTERFERON_GAMMA_RESPONSE")).findFirst().orElseThrow();
        String setSize = row.findElements(By.tagName("td")).get(2).getText();
        assertThat(Double.parseDouble(row.findElements(By.tagName("td")).get(5).getText())).as("NES").isGreaterThan(1);
        row.findElement(By.cssSelector("button.running-button")).click();
        WebElement plot = browser.await("#running-plot svg path");
        assertThat(plot.getAttribute("d").split("L").length).isGreaterThan(2 * Integer.parseInt(setSize));
        assertThat(browser.driver.findElement(By.id("running")).getText()).contains(setSize + " genes of the set among");
        assertThat(browser.log().consoleErrors()).isEmpty();
        browser.screenshot("journey-gsea-running-score");
    }

    @Test
    void demoContrastDrawsOneMarkPerSampleOfItsPcaAndSavesIt() throws IOException {
        List<String> samples = graphQl.document("query($c: ID!) { contrast(id: $c) { samplePca { samples { sample } } } }")
                .variable("c", DEMO).execute().path("contrast.samplePca.samples[*].sample").entityList(String.class).get();
        assertThat(samples).hasSize(6);
        visit("/contrast/" + DEMO, "#pca-plot circle.pca-point");
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("#pca-plot circle.pca-point"));
        assertThat(marks.stream().map(m -> m.getAttribute("data-sample")).toList()).isEqualTo(samples);
        // coloured by treatment: two colours, three samples each; the axes give the variance shares
        assertThat(marks.stream().map(m -> m.getAttribute("fill")).distinct().count()).isEqualTo(2);
        String text = browser.driver.findElement(By.id("pca-plot")).getText();
        assertThat(text).contains("PC1: 72% variance").contains("PC2: 8% variance").contains("lenalidomide");
        browser.js("document.getElementById('pca-plot').scrollIntoView();");
        browser.screenshot("journey-contrast-pca");
        browser.driver.findElement(By.cssSelector("#pca-export button:nth-of-type(1)")).click();
        String svg = new String(browser.downloaded(DEMO + "_pca.svg"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("class=\"pca-point\"", -1).length - 1).isEqualTo(6);
        browser.driver.findElement(By.cssSelector("#pca-export button:nth-of-type(2)")).click();
        assertThat(ImageIO.read(new ByteArrayInputStream(browser.downloaded(DEMO + "_pca.png")))).isNotNull();
        assertThat(browser.log().consoleErrors()).isEmpty();
    }

    @Test
    void plotsSaveAsSvgAndPngAndTablesAsTsv() throws IOException {
        visit("/contrast/" + DEMO, "#volcano[data-marks]");
        int tested = Integer.parseInt(browser.driver.findElement(By.id("volcano")).getAttribute("data-marks"));
        browser.driver.findElement(By.cssSelector("#volcano-export button:nth-of-type(1)")).click();
        String svg = new String(browser.downloaded(DEMO + "_volcano.svg"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        // every tested gene inside the view is a mark with its name
        assertThat(svg.split("<rect x=", -1).length - 1).isGreaterThan(tested * 9 / 10);
        assertThat(svg).contains("<title>IRF4</title>");
        browser.driver.findElement(By.cssSelector("#volcano-export button:nth-of-type(2)")).click();
        byte[] png = browser.downloaded(DEMO + "_volcano.png");
        assertThat(java.util.Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(600);
        // the table's TSV holds every row that passes the filter, not only the page shown
        browser.driver.findElements(By.cssSelector("#results .pager button")).stream()
                .filter(b -> b.getText().equals("Save TSV")).findFirst().orElseThrow().click();
        List<String> lines = List.of(new String(browser.downloaded(DEMO + "_results.tsv"),
                java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        assertThat(lines.get(0)).isEqualTo("Gene\tHGNC\tbaseMean\tlog2FC\tlfcSE\tstat\tpvalue\tpadj");
        int rows = ((Number) browser.js("return window.explorer.rows.length;")).intValue();
        assertThat(lines).hasSize(rows + 1);

        visit("/drug/lenalidomide?contrast=" + DEMO, "#graph[data-nodes]");
        browser.driver.findElement(By.cssSelector("#graph-export button:nth-of-type(1)")).click();
        String graph = new String(browser.downloaded("lenalidomide_mechanism.svg"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(graph).startsWith("<svg").contains(">IKZF1</text>").contains(">MYC</text>").contains("marker-end");
        browser.driver.findElement(By.cssSelector("#graph-export button:nth-of-type(2)")).click();
        assertThat(ImageIO.read(new ByteArrayInputStream(browser.downloaded("lenalidomide_mechanism.png")))).isNotNull();
        assertThat(browser.log().consoleErrors()).isEmpty();
    }

    @Test
    void uploadNamesTheFileLineAndColumnOfABadCountThenOffersTheDesign() throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("explorer-upload-");
        java.nio.file.Path samples = java.nio.file.Files.writeString(dir.resolve("samples.tsv"),
                "sample\tcondition\nS1\tctrl\nS2\tctrl\nS3\ttreated\nS4\ttreated\n");
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad_counts.tsv"),
                "gene\tS1\tS2\tS3\tS4\nMYC\t10\t12\t30\t33\nIRF4\t5\tseven\t7\t8\n");
        java.nio.file.Path good = java.nio.file.Files.writeString(dir.resolve("counts.tsv"),
                "gene\tS1\tS2\tS3\tS4\nMYC\t10\t12\t30\t33\nIRF4\t5\t6\t7\t8\n");
        visit("/upload", "#upload-form");
        type("api-key", CURATOR);
        browser.driver.findElement(By.id("counts")).sendKeys(bad.toAbsolutePath().toString());
        browser.driver.findElement(By.id("samples")).sendKeys(samples.toAbsolutePath().toString());
        browser.driver.findElement(By.id("upload-button")).click();
        String error = browser.await("#upload-result .error").getText();
        assertThat(error).contains("bad_counts.tsv").contains("line 3").contains("seven");
        browser.screenshot("journey-upload-error");
        // the refused request itself is the only console entry the browser makes (its 400 status)
        assertThat(browser.log().consoleErrors()).allMatch(m -> m.contains("status of 400"));

        browser.driver.findElement(By.id("counts")).sendKeys(good.toAbsolutePath().toString());
        browser.driver.findElement(By.id("upload-button")).click();
        assertThat(browser.await("#dataset").getText()).contains("2 genes × 4 samples").contains("condition (ctrl, treated)");
        assertThat(browser.driver.findElement(By.id("design")).getAttribute("value")).isEqualTo("~ condition");
        assertThat(browser.driver.findElement(By.id("numerator")).getAttribute("value")).isEqualTo("treated");
        assertThat(browser.driver.findElement(By.id("denominator")).getAttribute("value")).isEqualTo("ctrl");
        assertThat(browser.log().consoleErrors()).isEmpty();
        browser.screenshot("journey-upload-design");
    }

    @SuppressWarnings("unchecked")
    private List<String> edgeTargets(String drugLabel) {
        return (List<String>) browser.js("""
                var label = arguments[0], cy = window.explorer.cy;
                return cy.edges().filter(function (e) { return e.source().data('label') === label; })
                  .map(function (e) { return e.target().data('label'); });
                """, drugLabel);
    }
}

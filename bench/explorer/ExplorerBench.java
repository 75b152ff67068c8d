import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Explorer benchmarks in Debian's headless Chromium against a running service (bench/explorer/run.sh starts one):
 * 1. the drug page: milliseconds from the start of navigation to the drawn mechanism graph;
 * 2. the volcano: a 60,000-gene result (synthetic rows, made in the page as the TSV the API sends: the graph holds at
 *    most the 43,882 HGNC genes, so no stored contrast has 60,000) parsed, laid out and drawn by the contrast page's
 *    own code, then panned by a few pixels a frame for 120 frames, redrawn each frame (frames per second from
 *    requestAnimationFrame); also the demo contrast page end to end (navigation to drawn volcano);
 * 3. every page's size: bytes transferred on a cold load (fresh profile, empty cache) from the Resource Timing API.
 * After one unmeasured pass over the pages (the service's warm-up), each figure is measured RUNS times; the
 * median is printed. Usage: java ExplorerBench.java BASE_URL RUNS
 */
public class ExplorerBench {

    static final String DEMO = "lenalidomide_vs_dmso_synthetic";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Double> drug = new ArrayList<>(), demo = new ArrayList<>(), draw60k = new ArrayList<>(), fps = new ArrayList<>(),
                frameMs = new ArrayList<>(), visibleMarks = new ArrayList<>();
        Map<String, List<Double>> sizes = new LinkedHashMap<>();
        String[] pages = {"/", "/drug/lenalidomide?contrast=" + DEMO, "/gene/IKZF1",
                "/pathway/HALLMARK_INTERFERON_ALPHA_RESPONSE?contrast=" + DEMO, "/contrast/" + DEMO, "/enrichment",
                "/upload", "/curation", "/graphiql"};
        String[] ready = {"#search", "#graph[data-nodes]", "#identifiers", "#members-table tbody tr", "#volcano[data-marks]",
                "#contrast option", "#upload-form", "#queue h3", ".graphiql-container .graphiql-editors"};
        // one unmeasured pass: the service's first answers after a start include its JIT warm-up and cache fills
        try (Chrome c = new Chrome()) {
            for (int p = 0; p < pages.length; p++) {
                c.driver.get(base + pages[p]);
                c.await(ready[p]);
            }
        }
        for (int run = 0; run < runs; run++) {
            // cold page loads: a fresh profile per page so nothing comes from the cache
            for (int p = 0; p < pages.length; p++) {
                try (Chrome c = new Chrome()) {
                    c.driver.get(base + pages[p]);
                    c.await(ready[p]);
                    Thread.sleep(500); // let late requests (suggestions, schema) finish
                    double bytes = ((Number) c.js("""
                            var n = performance.getEntriesByType('navigation')[0], t = n.transferSize;
                            performance.getEntriesByType('resource').forEach(function (r) { t += r.transferSize; });
                            return t;""")).doubleValue();
                    sizes.computeIfAbsent(pages[p], k -> new ArrayList<>()).add(bytes);
                    if (p == 1) {
                        drug.add(((Number) c.js("return window.explorer.graphDrawnMs;")).doubleValue());
                    }
                    if (p == 4) {
                        demo.add(((Number) c.js("return window.explorer.volcanoDrawnMs;")).doubleValue());
                    }
                }
            }
            try (Chrome c = new Chrome()) {
                c.driver.get(base + "/contrast/" + DEMO);
                c.await("#volcano[data-marks]");
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) c.driver.executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        Promise.all([import('/explorer/js/contrast.js'), import('/explorer/js/scatter.js')]).then(function (m) {
                          var contrast = m[0], ScatterPlot = m[1].ScatterPlot;
                          // 60,000 rows as the API's TSV: fold changes ~ N(0, 1.2), Wald z with some real effects
                          var seed = 42; function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647; }
                          function norm() { return Math.sqrt(-2 * Math.log(rnd())) * Math.cos(2 * Math.PI * rnd()); }
                          var lines = ['symbol\\thgncId\\tbaseMean\\tlog2FoldChange\\tlfcSE\\tstat\\tpvalue\\tpadj'];
                          for (var i = 0; i < 60000; i++) {
                            var se = 0.1 + rnd() * 0.5, lfc = norm() * (i % 20 === 0 ? 2 : 0.3), z = lfc / se;
                            var p = Math.max(1e-300, Math.exp(-z * z / 2) / Math.max(1, Math.abs(z)) * 0.8);
                            lines.push('G' + i + '\\tHGNC:' + i + '\\t' + (10 + rnd() * 5000) + '\\t' + lfc + '\\t' + se + '\\t' + z + '\\t' + p + '\\t' + Math.min(1, p * 20));
                          }
                          var text = lines.join('\\n');
                          var box = document.createElement('div'); box.style.width = '700px'; document.body.prepend(box);
                          var t0 = performance.now();
                          var rows = contrast.parseResults(text);
                          var plot = new ScatterPlot(box, { data: contrast.plotData(rows, 'volcano', 0.05, 0), categories: contrast.CATEGORIES,
                            xLabel: 'log2 fold change', yLabel: '-log10 p-value', title: 'bench', guides: { x: [0] } });
                          var drawn = performance.now() - t0;
                          var frames = 0, draws = [], visible = [], start = null;
                          function frame(ts) {
                            if (start === null) start = ts;
                            // as a drag does: move the view, and the plot redraws itself in the next frame
                            if (frames > 0) draws.push(plot.lastDrawMs);
                            plot.panBy(frames % 60 < 30 ? 6 : -6, frames % 40 < 20 ? 1 : -1); // a few pixels: the marks stay in view
                            visible.push(Number(plot.canvas.dataset.visible));
                            frames++;
                            if (frames < 120) requestAnimationFrame(frame);
                            else {
                              draws.sort(function (a, b) { return a - b; });
                              visible.sort(function (a, b) { return a - b; });
                              done({ drawn: drawn, marks: Number(plot.canvas.dataset.marks), fps: (frames - 1) * 1000 / (ts - start),
                                frameMs: draws[draws.length >> 1], visible: visible[visible.length >> 1] });
                            }
                          }
                          requestAnimationFrame(frame);
                        });""");
                if (((Number) r.get("marks")).intValue() != 60000) {
                    throw new IllegalStateException("the 60,000-row volcano drew " + r.get("marks") + " marks");
                }
                draw60k.add(((Number) r.get("drawn")).doubleValue());
                fps.add(((Number) r.get("fps")).doubleValue());
                frameMs.add(((Number) r.get("frameMs")).doubleValue());
                visibleMarks.add(((Number) r.get("visible")).doubleValue());
            }
            System.err.println("run " + (run + 1) + " of " + runs + " done");
        }
        System.out.println("| figure (median of " + runs + " runs) | value |");
        System.out.println("|---|---|");
        System.out.printf("| drug page: navigation start to drawn graph (lenalidomide, demo contrast) | %.0f ms |%n", median(drug));
        System.out.printf("| demo contrast page: navigation start to drawn volcano (19,232 tested genes, fetch + parse + draw) | %.0f ms |%n", median(demo));
        System.out.printf("| 60,000-gene volcano: TSV parsed, laid out and first drawn | %.0f ms |%n", median(draw60k));
        System.out.printf("| 60,000-gene volcano: panning, frames per second (120 frames, redraw each) | %.1f fps |%n", median(fps));
        System.out.printf("| 60,000-gene volcano: marks inside the view while panning (median frame) | %.0f |%n", median(visibleMarks));
        System.out.printf("| 60,000-gene volcano: time in draw() per frame (median; marks into the pixel buffer, then drawImage) | %.1f ms |%n", median(frameMs));
        System.out.println();
        System.out.println("| page | transferred on a cold load (KiB, median) |");
        System.out.println("|---|---|");
        sizes.forEach((page, v) -> System.out.printf("| `%s` | %.0f |%n", page, median(v) / 1024));
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Debian's headless Chromium with a fresh profile, through Debian's chromedriver (no Selenium Manager). */
    static final class Chrome implements AutoCloseable {
        final ChromeDriver driver;
        final ChromeDriverService service;
        final Path profile;

        Chrome() throws Exception {
            profile = Files.createTempDirectory("explorer-bench-");
            ChromeOptions o = new ChromeOptions();
            o.setBinary("/usr/bin/chromium");
            o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1400,1100", "--user-data-dir=" + profile);
            service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, o);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        }

        Object js(String s) {
            return ((JavascriptExecutor) driver).executeScript(s);
        }

        void await(String css) {
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(css)).isEmpty());
        }

        @Override
        public void close() throws Exception {
            driver.quit();
            service.stop();
            try (var f = Files.walk(profile)) {
                f.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }
}

package org.gluegraph.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.gluegraph.cli.DeCli;
import org.gluegraph.expression.DeCommand;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * runDifferentialExpression with the engine's options (LRT, lfcThreshold/altHypothesis, coefficients, reference
 * levels), checked against DESeq2 1.38.3's own results for the same counts (the engine's references in
 * src/test/resources/expression/reference, their gene ids replaced by HGNC ids so that they attach to genes);
 * option errors named by field before anything is computed; de --attach storing the same; and the samples' PCA
 * of the demo contrasts against R's plotPCA (src/test/resources/contrast/reference, demo_pca_reference.R).
 */
class DifferentialExpressionOptionsTest extends IntegrationTest {

    private static final Path REF = Path.of("src/test/resources/expression/reference");
    private static final Path PCA_REF = Path.of("src/test/resources/contrast/reference");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ContrastWriter writer;

    @LocalServerPort
    int port;

    /** Rows of a TSV (optionally gzipped), header first. */
    private static List<String[]> tsv(Path file) throws IOException {
        var in = Files.newInputStream(file);
        var stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        List<String[]> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private String get(String path) {
        // the JDK client: no read timeout (Reactor's default gave up on a 19,000-row TSV on a busy two-core machine)
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory()).build()
                .get().uri(path).retrieve().body(String.class);
    }

    /** Distinct HGNC ids of genes in the graph (those of the seeded demo contrast), to stand in for gene ids. */
    private List<String> hgncIds(int n) {
        List<String> ids = new ArrayList<>();
        for (String line : get("/api/contrasts/lenalidomide_vs_dmso_synthetic/results").split("\n")) {
            String[] f = line.split("\t");
            if (!f[1].equals("hgncId")) {
                ids.add(f[1]);
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(n);
        return ids.subList(0, n);
    }

    /** The reference counts with their gene ids replaced by HGNC ids, in order; returns reference id -> HGNC id. */
    private Map<String, String> relabel(Path counts, StringBuilder out) throws IOException {
        List<String[]> rows = tsv(counts);
        List<String> ids = hgncIds(rows.size() - 1);
        Map<String, String> map = new LinkedHashMap<>();
        out.append(String.join("\t", rows.get(0))).append('\n');
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i).clone();
            map.put(r[0], ids.get(i - 1));
            r[0] = ids.get(i - 1);
            out.append(String.join("\t", r)).append('\n');
        }
        return map;
    }

    private static Resource named(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private String upload(String countsName, String counts, Path samples) throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("counts", named(countsName, counts));
        parts.add("samples", named(countsName.replace("counts", "samples"), Files.readString(samples)));
        var r = RestClient.create("http://localhost:" + port).post().uri("/api/datasets")
                .header("Authorization", "Bearer " + CURATOR).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(Map.class);
        assertThat(r.getStatusCode().value()).as("upload: %s", r.getBody()).isEqualTo(201);
        return (String) r.getBody().get("id");
    }

    private static Double value(String s) {
        return s.equals("NA") ? null : Double.valueOf(s);
    }

    /**
     * The stored rows (by HGNC id) against DESeq2's (by its gene id), with the tolerances on every gene:
     * identical NA patterns, log2 fold changes within 0.01, pvalue and padj within 2% where padj < 0.1, and the
     * Jaccard index of padj < 0.05 at least 0.995.
     */
    private void matchesR(String contrastId, Map<String, String> relabel, Path reference) throws IOException {
        Map<String, String[]> stored = new HashMap<>();
        for (String line : get("/api/contrasts/" + contrastId + "/results").split("\n")) {
            String[] f = line.split("\t", -1);
            stored.put(f[1], f);
        }
        List<String[]> ref = tsv(reference);
        List<String> header = List.of(ref.get(0));
        int lfc = header.indexOf("log2FoldChange");
        int p = header.indexOf("pvalue");
        int q = header.indexOf("padj");
        Set<String> sigR = new HashSet<>();
        Set<String> sigUs = new HashSet<>();
        double maxLfc = 0;
        int checked = 0;
        for (String[] r : ref.subList(1, ref.size())) {
            String[] s = stored.get(relabel.get(r[0]));
            assertThat(s).as("gene %s stored", r[0]).isNotNull();
            Double rl = value(r[lfc]);
            Double sl = value(s[3]);
            Double rp = value(r[p]);
            Double sp = value(s[6]);
            Double rq = value(r[q]);
            Double sq = value(s[7]);
            assertThat(sl == null).as("log2FoldChange NA of %s", r[0]).isEqualTo(rl == null);
            assertThat(sp == null).as("pvalue NA of %s", r[0]).isEqualTo(rp == null);
            assertThat(sq == null).as("padj NA of %s", r[0]).isEqualTo(rq == null);
            if (rl != null) {
                maxLfc = Math.max(maxLfc, Math.abs(rl - sl));
            }
            if (rq != null && rq < 0.1) {
                assertThat(sp).as("pvalue of %s", r[0]).isCloseTo(rp, org.assertj.core.data.Percentage.withPercentage(2));
                assertThat(sq).as("padj of %s", r[0]).isCloseTo(rq, org.assertj.core.data.Percentage.withPercentage(2));
                checked++;
            }
            if (rq != null && rq < 0.05) {
                sigR.add(r[0]);
            }
            if (sq != null && sq < 0.05) {
                sigUs.add(r[0]);
            }
        }
        assertThat(maxLfc).isLessThanOrEqualTo(0.01);
        assertThat(checked).as("genes with padj < 0.1 compared").isGreaterThan(20);
        Set<String> union = new HashSet<>(sigR);
        union.addAll(sigUs);
        Set<String> both = new HashSet<>(sigR);
        both.retainAll(sigUs);
        assertThat((double) both.size() / union.size()).isGreaterThanOrEqualTo(0.995);
    }

    private Map<String, Object> run(Map<String, Object> input) {
        return as(graphQl, CURATOR).documentName("runDifferentialExpressionOptions").variable("input", input)
                .execute().path("runDifferentialExpression")
                .entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
    }

    private static Map<String, Object> input(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void likelihoodRatioTestOfAnInteractionMatchesDeseq2() throws IOException {
        StringBuilder counts = new StringBuilder();
        Map<String, String> relabel = relabel(REF.resolve("interaction.counts.tsv"), counts);
        String dataset = upload("interaction_counts.tsv", counts.toString(), REF.resolve("interaction.samples.tsv"));
        // designs.calls.tsv: interaction_lrt, condition relevelled to untrt, the default name (last coefficient)
        Map<String, Object> c = run(input("dataset", dataset, "name", "interaction_lrt_api",
                "design", "~ genotype * condition", "test", "LRT", "reduced", "~ genotype + condition",
                "references", List.of(Map.of("factor", "condition", "level", "untrt"))));
        assertThat(c).containsEntry("test", "LRT").containsEntry("reducedDesign", "~ genotype + condition")
                .containsEntry("coefficient", "genotypeB.conditiontrt").containsEntry("factor", null)
                .containsEntry("numerator", null).containsEntry("altHypothesis", "GREATER_ABS");
        assertThat(c.get("resultsNames")).isEqualTo(List.of("Intercept", "genotype_B_vs_A",
                "condition_trt_vs_untrt", "genotypeB.conditiontrt"));
        assertThat(c.get("variables")).isEqualTo(List.of(
                Map.of("name", "genotype", "kind", "FACTOR", "reference", "A"),
                Map.of("name", "condition", "kind", "FACTOR", "reference", "untrt")));
        assertThat((String) c.get("pvalueDescription"))
                .isEqualTo("LRT p-value: '~ genotype * condition' vs '~ genotype + condition'");
        assertThat((String) c.get("method")).contains("likelihood ratio test");
        matchesR((String) c.get("id"), relabel, REF.resolve("interaction_lrt.results.tsv.gz"));
        // no factor contrast: the PCA groups by every factor of the design, as plotPCA(intgroup = both)
        Map<?, ?> pca = (Map<?, ?>) c.get("samplePca");
        assertThat(pca.get("groupedBy")).isEqualTo(List.of("genotype", "condition"));
        assertThat(((List<?>) pca.get("samples"))).hasSize(12);
        assertThat(((Map<?, ?>) ((List<?>) pca.get("samples")).get(0)).get("group")).isEqualTo("A:untrt");
    }

    @Test
    void thresholdedWaldTestMatchesDeseq2() throws IOException {
        StringBuilder counts = new StringBuilder();
        Map<String, String> relabel = relabel(REF.resolve("pasilla.counts.tsv.gz"), counts);
        String dataset = upload("pasilla_counts.tsv", counts.toString(), REF.resolve("pasilla.samples.tsv"));
        // designs.calls.tsv: pasilla_lfc1_greaterAbs
        Map<String, Object> c = run(input("dataset", dataset, "name", "pasilla_lfc1_api",
                "design", "~ type + condition", "factor", "condition", "numerator", "treated",
                "denominator", "untreated", "lfcThreshold", 1.0, "altHypothesis", "GREATER_ABS"));
        assertThat(c).containsEntry("test", "WALD").containsEntry("lfcThreshold", 1.0)
                .containsEntry("altHypothesis", "GREATER_ABS").containsEntry("alpha", 0.1)
                .containsEntry("coefficient", null).containsEntry("factor", "condition");
        assertThat((String) c.get("pvalueDescription")).contains("lfcThreshold 1.0, altHypothesis greaterAbs");
        matchesR((String) c.get("id"), relabel, REF.resolve("pasilla_lfc1_greaterAbs.results.tsv.gz"));
    }

    @Test
    void badOptionsAreRefusedNamingTheFieldBeforeAnythingIsComputed() throws IOException {
        StringBuilder counts = new StringBuilder();
        relabel(REF.resolve("interaction.counts.tsv"), counts);
        String dataset = upload("interaction_counts.tsv", counts.toString(), REF.resolve("interaction.samples.tsv"));
        Map<String, Object> base = input("dataset", dataset, "name", "bad_options", "design", "~ genotype * condition");
        List<Object[]> cases = List.of(
                new Object[] {Map.of("test", "LRT", "reduced", "~ genotype + condition", "lfcThreshold", 1.0),
                        "input.lfcThreshold: "},
                new Object[] {Map.of("test", "LRT", "reduced", "~ genotype + condition", "altHypothesis", "LESS"),
                        "input.altHypothesis: "},
                new Object[] {Map.of("test", "LRT"), "input.reduced: "},
                new Object[] {Map.of("coefficient", "genotypeB.conditiontrt", "reduced", "~ genotype"),
                        "input.reduced: only used by the likelihood ratio test"},
                new Object[] {Map.of("coefficient", "genotypeB.conditiontrt", "altHypothesis", "LESS_ABS"),
                        "input.altHypothesis: lessAbs needs a positive lfcThreshold"},
                new Object[] {Map.of("coefficient", "genotypeB.conditiontrt", "alpha", 1.5), "input.alpha: "},
                new Object[] {Map.of("coefficient", "genotypeB.conditiontrt", "lfcThreshold", -1.0),
                        "input.lfcThreshold: "},
                new Object[] {Map.of("factor", "condition", "numerator", "trt"), "input.denominator: "},
                new Object[] {Map.of(), "input.factor/numerator/denominator or input.coefficient: "},
                new Object[] {Map.of("factor", "condition", "numerator", "trt", "denominator", "untrt",
                        "coefficient", "genotypeB.conditiontrt"), "input.coefficient: "},
                new Object[] {Map.of("test", "LRT", "reduced", "~ genotype + batch"), "input.reduced: "},
                new Object[] {Map.of("coefficient", "genotype_C_vs_A"), "genotype_C_vs_A"},
                new Object[] {Map.of("design", "~ genotype * (condition)", "coefficient", "x"), "input.design: "});
        for (Object[] c : cases) {
            Map<String, Object> in = new LinkedHashMap<>(base);
            in.putAll((Map<String, Object>) c[0]);
            as(graphQl, CURATOR).documentName("runDifferentialExpressionOptions").variable("input", in).execute()
                    .errors().satisfy(errors -> {
                        assertThat(errors).as("%s", c[0]).hasSize(1);
                        assertThat(errors.get(0).getMessage()).as("%s", c[0]).contains((String) c[1]);
                        assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
                    });
        }
        graphQl.documentName("contrastNames").execute().path("contrasts[*].name").entityList(String.class)
                .doesNotContain("bad_options");
    }

    @Test
    void deAttachStoresTheOptionsAndTheSamplesPca() throws IOException {
        StringBuilder counts = new StringBuilder();
        relabel(REF.resolve("interaction.counts.tsv"), counts);
        Path dir = Files.createTempDirectory("de-attach-");
        Path countsFile = Files.writeString(dir.resolve("counts.tsv"), counts);
        Path out = dir.resolve("out.tsv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DeCommand.execute(DeCli.parse("--counts", countsFile.toString(), "--samples",
                REF.resolve("interaction.samples.tsv").toString(), "--design", "~ genotype * condition",
                "--reference", "condition=untrt", "--name", "genotypeB.conditiontrt", "--lfc-threshold", "0.5",
                "--alt-hypothesis", "greater", "--alpha", "0.05", "--threads", "2", "--out", out.toString(),
                "--attach", "attached_interaction"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), request -> writer.attach(request).contrast().name(),
                ids -> ids.stream().map(id -> "").toList());
        assertThat(code).as(err.toString()).isZero();
        Map<String, Object> c = graphQl.documentName("contrastAnalysis").variable("id", "attached_interaction")
                .execute().path("contrast").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(c).containsEntry("test", "WALD").containsEntry("coefficient", "genotypeB.conditiontrt")
                .containsEntry("lfcThreshold", 0.5).containsEntry("altHypothesis", "GREATER")
                .containsEntry("alpha", 0.05).containsEntry("factor", null).containsEntry("reducedDesign", null);
        assertThat((String) c.get("log2FoldChangeDescription")).isEqualTo("log2 fold change (MLE): genotypeB.conditiontrt");
        // what is stored is what the command wrote
        Map<String, String[]> written = new HashMap<>();
        tsv(out).forEach(r -> written.put(r[0], r));
        int rows = 0;
        for (String line : get("/api/contrasts/attached_interaction/results").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[1].equals("hgncId")) {
                continue;
            }
            String[] w = written.get(f[1]);
            assertThat(w).isNotNull();
            for (int k = 2; k < 8; k++) {
                // the command's table: gene_id symbol baseMean ...; the service's: contrast hgncId baseMean ...
                assertThat(value(f[k])).as("%s column %d", f[1], k).isEqualTo(value(w[k]));
            }
            rows++;
        }
        assertThat(rows).isEqualTo(2000);
        Map<?, ?> pca = (Map<?, ?>) c.get("samplePca");
        assertThat(pca.get("groupedBy")).isEqualTo(List.of("genotype", "condition"));
        assertThat((List<?>) pca.get("samples")).hasSize(12);
    }

    @Test
    void demoContrastsCarryTheSamplesPcaOfDeseq2() throws IOException {
        for (String name : List.of("lenalidomide_vs_dmso_synthetic", "resistant_vs_sensitive_synthetic")) {
            Map<String, Object> c = graphQl.documentName("contrastAnalysis").variable("id", name).execute()
                    .path("contrast").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
            Map<?, ?> pca = (Map<?, ?>) c.get("samplePca");
            assertThat(pca).as(name).isNotNull();
            assertThat(pca.get("genes")).isEqualTo(500);
            assertThat(pca.get("groupedBy")).isEqualTo(List.of(c.get("factor")));
            List<String> percent = Files.readAllLines(PCA_REF.resolve(name + ".percentVar.txt"));
            List<?> share = (List<?>) pca.get("percentVar");
            for (int k = 0; k < 2; k++) {
                assertThat(((Number) share.get(k)).doubleValue())
                        .isCloseTo(Double.parseDouble(percent.get(k)), org.assertj.core.data.Offset.offset(1e-6));
            }
            List<String[]> ref = tsv(PCA_REF.resolve(name + ".pca.tsv"));
            List<?> samples = (List<?>) pca.get("samples");
            assertThat(samples).hasSize(ref.size() - 1);
            // the sign of a component is arbitrary (as in R): fixed per component by the first sample
            double[] sign = new double[2];
            for (int j = 1; j < ref.size(); j++) {
                Map<?, ?> point = (Map<?, ?>) samples.get(j - 1);
                assertThat(point.get("sample")).isEqualTo(ref.get(j)[0]);
                assertThat(point.get("group")).isEqualTo(ref.get(j)[1]);
                for (int k = 0; k < 2; k++) {
                    double ours = ((Number) point.get(k == 0 ? "pc1" : "pc2")).doubleValue();
                    double r = Double.parseDouble(ref.get(j)[2 + k]);
                    if (sign[k] == 0) {
                        sign[k] = Math.signum(ours) * Math.signum(r);
                    }
                    assertThat(sign[k] * ours).as("%s %s PC%d", name, ref.get(j)[0], k + 1)
                            .isCloseTo(r, org.assertj.core.data.Offset.offset(1e-6));
                }
            }
        }
    }
}

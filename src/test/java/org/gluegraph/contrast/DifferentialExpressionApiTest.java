package org.gluegraph.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gluegraph.expression.DifferentialExpression;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Upload over HTTP, runDifferentialExpression, and the result on the gene nodes. */
class DifferentialExpressionApiTest extends IntegrationTest {

    private static final Path STUDY = Path.of("seed-data/expression");

    @Autowired
    HttpGraphQlTester graphQl;

    @LocalServerPort
    int port;

    private ResponseEntity<Map> upload(Resource counts, Resource samples) {
        return upload(counts, samples, null);
    }

    private ResponseEntity<Map> upload(Resource counts, Resource samples, String round) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (round != null) {
            parts.add("round", round);
        }
        if (counts != null) {
            parts.add("counts", counts);
        }
        if (samples != null) {
            parts.add("samples", samples);
        }
        return RestClient.create("http://localhost:" + port).post().uri("/api/datasets")
                .header("Authorization", "Bearer " + CURATOR)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { })
                .toEntity(Map.class);
    }

    private static Resource named(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private String uploadStudy() {
        var r = upload(new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv")),
                new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv")));
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        return (String) r.getBody().get("id");
    }

    @Test
    void uploadDescribesTheDatasetAndIsIdempotent() {
        var r = upload(new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv")),
                new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv")));
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        assertThat(r.getBody()).containsEntry("genes", 19251).containsEntry("samples", 6)
                .containsEntry("factors", Map.of("treatment", List.of("DMSO", "lenalidomide")));
        assertThat(uploadStudy()).isEqualTo(r.getBody().get("id"));
    }

    @Test
    void runDifferentialExpressionAttachesTheContrastToTheGenes() {
        String id = uploadStudy();
        var run = as(graphQl, CURATOR).documentName("runDifferentialExpression").variable("input", Map.of("dataset", id,
                "name", "uploaded_lenalidomide", "design", "~ treatment", "factor", "treatment",
                "numerator", "lenalidomide", "denominator", "DMSO")).execute();
        run.path("runDifferentialExpression.name").entity(String.class).isEqualTo("uploaded_lenalidomide");
        run.path("runDifferentialExpression.numerator").entity(String.class).isEqualTo("lenalidomide");
        run.path("runDifferentialExpression.testedGenes").entity(Integer.class)
                .satisfies(n -> assertThat(n).isGreaterThan(15_000));
        // the synthetic truth: IRF4 and MYC down 1.5 log2 units, IKZF1 mRNA unchanged
        var irf4 = graphQl.documentName("geneExpression").variable("id", "IRF4")
                .variable("contrast", "uploaded_lenalidomide").execute();
        irf4.path("gene.expression[0].log2FoldChange").entity(Double.class)
                .satisfies(v -> assertThat(v).isBetween(-2.2, -0.9));
        irf4.path("gene.expression[0].padj").entity(Double.class).satisfies(v -> assertThat(v).isLessThan(0.05));
        graphQl.documentName("geneExpression").variable("id", "IKZF1").variable("contrast", "uploaded_lenalidomide")
                .execute().path("gene.expression[0].log2FoldChange").entity(Double.class)
                .satisfies(v -> assertThat(Math.abs(v)).isLessThan(0.5));
    }

    @Test
    void idsThatMapToNoGeneAreCountedAndListed() throws Exception {
        // the study's counts plus two rows whose ids name no HGNC gene
        String counts = Files.readString(STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv"))
                + "NOT_A_GENE_1\t5\t6\t7\t8\t9\t10\nENSG99999999999\t50\t60\t70\t80\t90\t100\n";
        var r = upload(named("counts.tsv", counts),
                new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv")));
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        var run = as(graphQl, CURATOR).documentName("runDifferentialExpression").variable("input",
                Map.of("dataset", r.getBody().get("id"), "name", "with_unmapped", "design", "~ treatment",
                        "factor", "treatment", "numerator", "lenalidomide", "denominator", "DMSO")).execute();
        run.path("runDifferentialExpression.unmappedIds").entityList(String.class)
                .contains("NOT_A_GENE_1", "ENSG99999999999");
        int unmapped = run.path("runDifferentialExpression.unmappedCount").entity(Integer.class).get();
        // the study alone: every id that does not map is one the two extra rows did not add
        var plain = as(graphQl, CURATOR).documentName("runDifferentialExpression").variable("input",
                Map.of("dataset", uploadStudy(), "name", "without_unmapped", "design", "~ treatment",
                        "factor", "treatment", "numerator", "lenalidomide", "denominator", "DMSO")).execute();
        assertThat(plain.path("runDifferentialExpression.unmappedCount").entity(Integer.class).get())
                .isEqualTo(unmapped - 2);
        plain.path("runDifferentialExpression.unmappedIds").entityList(String.class)
                .doesNotContain("NOT_A_GENE_1", "ENSG99999999999");
        // the digest covers the counts: different files, different digests, each 64 hex digits
        String withExtra = run.path("runDifferentialExpression.countsSha256").entity(String.class).get();
        String without = plain.path("runDifferentialExpression.countsSha256").entity(String.class).get();
        assertThat(withExtra).matches("[0-9a-f]{64}").isNotEqualTo(without);
        assertThat(without).isEqualTo(DifferentialExpression.digest(
                STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv"),
                STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv")));
    }

    @Test
    void aCachedAnswerIsNotServedAfterAWrite() {
        // the same query twice (the second may come from the response cache), then a write, then again
        graphQl.documentName("contrastNames").execute().path("contrasts[*].name").entityList(String.class)
                .doesNotContain("cache_probe");
        graphQl.documentName("contrastNames").execute().path("contrasts[*].name").entityList(String.class)
                .doesNotContain("cache_probe");
        String id = uploadStudy();
        as(graphQl, CURATOR).documentName("runDifferentialExpression").variable("input", Map.of("dataset", id,
                "name", "cache_probe", "design", "~ treatment", "factor", "treatment",
                "numerator", "lenalidomide", "denominator", "DMSO")).execute()
                .path("runDifferentialExpression.name").entity(String.class).isEqualTo("cache_probe");
        graphQl.documentName("contrastNames").execute().path("contrasts[*].name").entityList(String.class)
                .contains("cache_probe");
    }

    @Test
    void unknownLevelIsABadRequestNamingIt() {
        String id = uploadStudy();
        as(graphQl, CURATOR).documentName("runDifferentialExpression").variable("input", Map.of("dataset", id, "name", "x",
                "design", "~ treatment", "factor", "treatment", "numerator", "pomalidomide", "denominator", "DMSO"))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("pomalidomide");
                    assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
                });
    }

    @Test
    void unknownDatasetIsNotFound() {
        as(graphQl, CURATOR).documentName("runDifferentialExpression").variable("input", Map.of("dataset",
                "0123456789abcdef0123456789abcdef",
                "name", "x", "design", "~ treatment", "factor", "treatment", "numerator", "a", "denominator", "b"))
                .execute().errors().satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("classification", "NOT_FOUND"));
    }

    @Test
    void badCountsNameFileLineAndColumnAndNothingIsKept() {
        var r = upload(named("counts.tsv", "gene_id\ta\tb\tc\td\nTP53\t1\t2\t3\t4\nMYC\t5\t-6\t7\t8\n"),
                named("samples.tsv", "sample\tg\na\tx\nb\tx\nc\ty\nd\ty\n"));
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat((String) r.getBody().get("message")).contains("counts.tsv").contains("line 3");
        assertThat(dataDir().resolve("datasets").toFile().list((d, n) -> n.startsWith(".upload"))).isEmpty();
    }

    @Test
    void uploadAndAnalysisNeedACuratorKey() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("counts", new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv")));
        parts.add("samples", new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv")));
        var r = RestClient.create("http://localhost:" + port).post().uri("/api/datasets")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(Map.class);
        assertThat(r.getStatusCode().value()).isEqualTo(401);
        var input = Map.of("dataset", "0123456789abcdef", "name", "x", "design", "~ t", "factor", "t",
                "numerator", "a", "denominator", "b");
        graphQl.documentName("runDifferentialExpression").variable("input", input).execute().errors()
                .satisfy(e -> assertThat(e.get(0).getExtensions()).containsEntry("classification", "UNAUTHORIZED"));
        as(graphQl, READER).documentName("runDifferentialExpression").variable("input", input).execute().errors()
                .satisfy(e -> assertThat(e.get(0).getExtensions()).containsEntry("classification", "FORBIDDEN"));
    }

    /** Salmon-like estimates: refused with the way out, then rounded (halves to even) when the upload says so. */
    @Test
    void estimatedCountsAreRefusedUnlessTheUploadRoundsThem() {
        String counts = "gene_id\ta\tb\tc\td\nTP53\t10.5\t11.5\t3\t4\nMYC\t5\t6.25\t7\t8\n";
        String samples = "sample\tg\na\tx\nb\tx\nc\ty\nd\ty\n";
        var refused = upload(named("est.tsv", counts), named("s.tsv", samples));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("message")).contains("est.tsv line 2, column 2")
                .contains("'10.5'").contains("round=true");
        var bad = upload(named("est.tsv", counts), named("s.tsv", samples), "yes");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat((String) bad.getBody().get("message")).startsWith("round: expected true");
        var rounded = upload(named("est.tsv", counts), named("s.tsv", samples), "true");
        assertThat(rounded.getStatusCode().value()).isEqualTo(201);
        assertThat(rounded.getBody()).containsEntry("genes", 2).containsEntry("roundedCounts", true);
        var integers = upload(named("int.tsv", "gene_id\ta\tb\tc\td\nTP53\t10\t12\t3\t4\nMYC\t5\t6\t7\t8\n"),
                named("s.tsv", samples), "true");
        var asIs = upload(named("int.tsv", "gene_id\ta\tb\tc\td\nTP53\t10\t12\t3\t4\nMYC\t5\t6\t7\t8\n"),
                named("s.tsv", samples));
        assertThat(asIs.getBody()).containsEntry("roundedCounts", false);
        assertThat(asIs.getBody().get("id")).isNotEqualTo(integers.getBody().get("id"));
    }

    /**
     * The seeded study's counts written as estimates (each count + 0.25, as a quantifier might give them) and
     * uploaded with round=true: the analysis reads the rounded counts, the same integers as the seeded contrast's,
     * so it gives the seeded contrast's numbers.
     */
    @Test
    void anAnalysisOfARoundedUploadUsesTheRoundedCounts() throws Exception {
        List<String> lines = Files.readAllLines(STUDY.resolve("synthetic_lenalidomide_vs_dmso_counts.tsv"));
        StringBuilder estimates = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            estimates.append(f[0]);
            for (int i = 1; i < f.length; i++) {
                estimates.append('\t').append(f[i]).append(".25");
            }
            estimates.append('\n');
        }
        var r = upload(named("estimates.tsv", estimates.toString()),
                new FileSystemResource(STUDY.resolve("synthetic_lenalidomide_vs_dmso_samples.tsv")), "true");
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        as(graphQl, CURATOR).documentName("runDifferentialExpression").variable("input", Map.of("dataset",
                r.getBody().get("id"), "name", "uploaded_estimates", "design", "~ treatment", "factor", "treatment",
                "numerator", "lenalidomide", "denominator", "DMSO")).execute()
                .path("runDifferentialExpression.name").entity(String.class).isEqualTo("uploaded_estimates");
        for (String gene : List.of("IRF4", "MYC", "CRBN")) {
            double seeded = graphQl.documentName("geneExpression").variable("id", gene)
                    .variable("contrast", "lenalidomide_vs_dmso_synthetic").execute()
                    .path("gene.expression[0].log2FoldChange").entity(Double.class).get();
            graphQl.documentName("geneExpression").variable("id", gene).variable("contrast", "uploaded_estimates")
                    .execute().path("gene.expression[0].log2FoldChange").entity(Double.class).isEqualTo(seeded);
        }
    }

    @Test
    void missingPartIsABadRequest() {
        var r = upload(named("counts.tsv", "gene_id\ta\nTP53\t1\n"), null);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat((String) r.getBody().get("message")).contains("samples");
    }
}

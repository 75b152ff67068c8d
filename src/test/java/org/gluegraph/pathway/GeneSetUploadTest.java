package org.gluegraph.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** POST /api/gene-sets: a researcher's collection, usable by enrichment at once, listed in about with its owner. */
class GeneSetUploadTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @LocalServerPort
    int port;

    /**
     * Three sets, 15 distinct names: NOTAGENE1 maps to nothing, 4609 is MYC's Entrez id (the same gene as the symbol
     * MYC), so 13 HGNC genes and 13 memberships; a blank line is skipped.
     */
    static final String GMT = "IMID_TARGETS\tdegraded by IMiDs\tIKZF1\tIKZF3\tCSNK1A1\tZFP91\tGSPT1\tSALL4\n"
            + "MYELOMA_DRIVERS\tIRF4-MYC loop\tIRF4\tMYC\t4609\tNOTAGENE1\tPRDM1\n"
            + "\n"
            + "CRL4\tthe ligase\tCRBN\tDDB1\tCUL4A\tRBX1\n";

    private ResponseEntity<Map<String, Object>> upload(String key, String collection, String version, String name,
            String content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        if (collection != null) {
            parts.add("collection", collection);
        }
        if (version != null) {
            parts.add("version", version);
        }
        var request = RestClient.create("http://localhost:" + port).post().uri("/api/gene-sets");
        if (key != null) {
            request = request.header("Authorization", "Bearer " + key);
        }
        return request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    private List<Map<String, Object>> collections() {
        return graphQl.document("{ about { collections { name version owner builtIn sets memberships genes mappedGenes"
                + " unmappedGenes ambiguousGenes } } }").execute().path("about.collections")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
    }

    @Test
    void anUploadedCollectionIsUsableAtOnceAndListedWithItsOwner() {
        var r = upload(CURATOR, "my_imid_sets", "2026-12", "imid.gmt", GMT);
        assertThat(r.getStatusCode().value()).isEqualTo(201);
        assertThat(r.getBody()).containsEntry("collection", "MY_IMID_SETS").containsEntry("version", "2026-12")
                .containsEntry("owner", "carol").containsEntry("sets", 3).containsEntry("genes", 15)
                .containsEntry("mappedGenes", 13).containsEntry("unmappedGenes", 1).containsEntry("ambiguousGenes", 0)
                .containsEntry("memberships", 13).containsEntry("unmappedSample", List.of("NOTAGENE1"))
                .containsEntry("replaced", false);

        var e = graphQl.document("{ enrichment(input: {genes: [\"IKZF1\", \"IKZF3\", \"CSNK1A1\"], collections: [\"my_imid_sets\"],"
                + " minSize: 1}) { universeSize collections { name version } results { pathway { id collection } overlap } } }")
                .execute();
        e.path("enrichment.collections[0].name").entity(String.class).isEqualTo("MY_IMID_SETS");
        e.path("enrichment.collections[0].version").entity(String.class).isEqualTo("2026-12");
        e.path("enrichment.universeSize").entity(Integer.class).isEqualTo(13);
        e.path("enrichment.results[0].pathway.id").entity(String.class).isEqualTo("MY_IMID_SETS:IMID_TARGETS");
        e.path("enrichment.results[0].overlap").entity(Integer.class).isEqualTo(3);
        graphQl.document("{ pathways(collection: \"MY_IMID_SETS\") { totalCount } }").execute()
                .path("pathways.totalCount").entity(Integer.class).isEqualTo(3);

        assertThat(collections()).filteredOn(c -> c.get("name").equals("MY_IMID_SETS")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("owner", "carol").containsEntry("builtIn", false)
                        .containsEntry("mappedGenes", 13).containsEntry("unmappedGenes", 1));
        // the built-in ones: how many distinct HGNC genes their names map to (seed-data/README.md, case-sensitive)
        assertThat(collections()).filteredOn(c -> Boolean.TRUE.equals(c.get("builtIn")))
                .extracting(c -> c.get("name") + ":" + c.get("mappedGenes") + ":" + c.get("owner"))
                .containsExactlyInAnyOrder("HALLMARK:4383:null", "REACTOME:11461:null", "WIKIPATHWAYS:8971:null");

        // only the owner (or an editor) replaces it; the replacement is used at once
        var other = upload(CURATOR_2, "MY_IMID_SETS", "v2", "imid.gmt", GMT);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        var v2 = upload(CURATOR, "MY_IMID_SETS", "v2", "imid2.gmt", "CRL4\tthe ligase\tCRBN\tDDB1\tCUL4A\tRBX1\n");
        assertThat(v2.getStatusCode().value()).isEqualTo(201);
        assertThat(v2.getBody()).containsEntry("replaced", true).containsEntry("sets", 1);
        graphQl.document("{ pathways(collection: \"MY_IMID_SETS\") { totalCount } }").execute()
                .path("pathways.totalCount").entity(Integer.class).isEqualTo(1);
        graphQl.document("{ enrichment(input: {genes: [\"CRBN\"], collections: [\"MY_IMID_SETS\"], minSize: 1})"
                + " { collections { version } } }").execute()
                .path("enrichment.collections[0].version").entity(String.class).isEqualTo("v2");
    }

    @Test
    void badUploadsAreRefusedAndWriteNothing() {
        var malformed = upload(CURATOR, "BROKEN_SETS", "1", "broken.gmt",
                "SET_A\tok\tMYC\tIRF4\nSET_B\tok\tCRBN\nSET_C\tno genes\n");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat((String) malformed.getBody().get("message")).contains("broken.gmt line 3")
                .contains("expected a set name, a description and at least one gene");
        assertThat(collections()).extracting(c -> c.get("name")).doesNotContain("BROKEN_SETS");

        var builtIn = upload(CURATOR, "reactome", "1", "r.gmt", GMT);
        assertThat(builtIn.getStatusCode().value()).isEqualTo(400);
        assertThat((String) builtIn.getBody().get("message")).contains("REACTOME is a built-in collection");
        graphQl.document("{ pathways(collection: \"REACTOME\") { totalCount } }").execute()
                .path("pathways.totalCount").entity(Integer.class).isEqualTo(2_803);

        assertThat(upload(null, "SOME_SETS", "1", "s.gmt", GMT).getStatusCode().value()).isEqualTo(401);
        assertThat(upload(READER, "SOME_SETS", "1", "s.gmt", GMT).getStatusCode().value()).isEqualTo(403);
        var badName = upload(CURATOR, "my sets!", "1", "s.gmt", GMT);
        assertThat(badName.getStatusCode().value()).isEqualTo(400);
        assertThat((String) badName.getBody().get("message")).startsWith("collection:");
        var noVersion = upload(CURATOR, "SOME_SETS", null, "s.gmt", GMT);
        assertThat(noVersion.getStatusCode().value()).isEqualTo(400);
        assertThat((String) noVersion.getBody().get("message")).startsWith("version:");
        graphQl.document("{ enrichment(input: {genes: [\"MYC\"], collections: [\"SOME_SETS\"]}) { querySize } }").execute()
                .errors().satisfy(errs -> assertThat(errs).singleElement().satisfies(err ->
                        assertThat(err.getMessage()).contains("unknown collection 'SOME_SETS'")));
    }
}

package org.gluegraph.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.gluegraph.seed.SeedFormatException;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The Hetionet and DrugCentral imports on the small extracts of src/test/resources/knowledge (see its README for
 * where the rows come from and what they hold): every node and edge loaded with exact counts per type, provenance
 * on every edge, nothing imported as a Claim, the same files twice write nothing, a bad row writes nothing, a newer
 * release replaces the source's edges.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeImportTest extends IntegrationTest {

    static final String NODES = "knowledge/hetionet-v1.0-nodes-extract.tsv.gz";
    static final String EDGES = "knowledge/hetionet-v1.0-edges-extract.sif.gz";
    static final String DRUGCENTRAL = "knowledge/drug.target.interaction-extract.tsv.gz";
    /** The default path: the embedded database, so the edges go through the Java API (EmbeddedEdgeWriter). */
    private static final KnowledgeImporter.Options DEFAULTS = new KnowledgeImporter.Options(null, null, null);

    @Autowired
    KnowledgeImporter importer;
    @Autowired
    Driver driver;
    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    org.gluegraph.graph.CypherQueries cypher;

    @TempDir
    static Path tmp;
    static Path nodes;
    static Path edges;
    static Path drugcentral;

    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void files() throws IOException {
        if (nodes == null) {
            nodes = copy(NODES, "hetionet-v1.0-nodes-extract.tsv.gz");
            edges = copy(EDGES, "hetionet-v1.0-edges-extract.sif.gz");
            drugcentral = copy(DRUGCENTRAL, "drug.target.interaction-extract.tsv.gz");
        }
    }

    private static InputStream resource(String name) {
        return KnowledgeImportTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static Path copy(String resource, String name) throws IOException {
        Path p = tmp.resolve(name);
        try (InputStream in = resource(resource)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private long count(String cypher) {
        try (var s = driver.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    private Map<String, Long> grouped(String cypher) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (var s = driver.session()) {
            s.run(cypher).forEachRemaining(r -> out.put(r.get(0).asString(), r.get(1).asLong()));
        }
        return out;
    }

    /**
     * Every edge of the source as text (its ends' keys and its properties but the run, which differs per import),
     * sorted: two imports of the same files by different writers give the same list.
     */
    private List<String> edgesOf(String source) {
        try (var s = driver.session()) {
            return s.run("MATCH (a)-[r:IMPORTED {source: $source}]->(b) RETURN coalesce(a.key, a.hgncId, a.id) AS a,"
                    + " coalesce(b.key, b.hgncId, b.id) AS b, r {.*} AS r", Map.of("source", source)).list(rec -> {
                        Map<String, Object> props = new java.util.TreeMap<>(rec.get("r").asMap());
                        assertThat(props.remove("run")).isInstanceOf(Long.class);
                        return rec.get("a").asString() + " -> " + rec.get("b").asString() + " " + props;
                    }).stream().sorted().toList();
        }
    }

    private long nodesAndRelationships() {
        return count("MATCH (n) RETURN count(n)") * 10_000_000L + count("MATCH ()-[r]->() RETURN count(r)");
    }

    @Test
    @Order(1)
    void hetionetLoadsEveryNodeAndEdgeWithItsProvenanceAndNoClaim() {
        long claims = count("MATCH (c:Claim) RETURN count(c)");
        var r = importer.importHetionet(nodes, edges, DEFAULTS, progress::add);
        assertThat(r.written()).isTrue();
        assertThat(r.release()).isEqualTo("v1.0");
        assertThat(r.edges()).isEqualTo(153);
        assertThat(r.genesMatched()).isEqualTo(41);
        assertThat(r.unmatched()).containsExactly("Gene::445347", "Gene::9220");
        assertThat(r.drugsMatched()).isEqualTo(3);  // lenalidomide, pomalidomide, thalidomide by DrugBank id
        assertThat(r.drugsCreated()).isEqualTo(1);  // menadione
        assertThat(progress).anySatisfy(l -> assertThat(l).contains("Gene::445347, Gene::9220"));

        // every edge, per metaedge, as the extract's README counts them
        assertThat(grouped("MATCH ()-[r:IMPORTED {source: 'HETIONET'}]->() RETURN r.metaedge, count(r) ORDER BY r.metaedge"))
                .containsExactlyEntriesOf(Map.ofEntries(Map.entry("AdG", 5L), Map.entry("AuG", 7L), Map.entry("CbG", 26L),
                        Map.entry("CdG", 14L), Map.entry("CrC", 4L), Map.entry("CtD", 3L), Map.entry("CuG", 21L),
                        Map.entry("DaG", 8L), Map.entry("DdG", 1L), Map.entry("DlA", 1L), Map.entry("DuG", 1L),
                        Map.entry("GiG", 8L), Map.entry("Gr>G", 54L)).entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()),
                                Map::putAll));
        // every node: 41 HGNC genes, 4 drugs, 13 entities of their own kinds
        assertThat(count("MATCH (g:Gene)-[:IMPORTED {source: 'HETIONET'}]-() RETURN count(DISTINCT g)")).isEqualTo(41);
        assertThat(grouped("MATCH (e:Entity {source: 'HETIONET'}) RETURN e.kind, count(e) ORDER BY e.kind"))
                .containsExactly(Map.entry("Anatomy", 2L), Map.entry("Biological Process", 1L),
                        Map.entry("Cellular Component", 1L), Map.entry("Disease", 2L), Map.entry("Gene", 2L),
                        Map.entry("Molecular Function", 1L), Map.entry("Pathway", 1L), Map.entry("Pharmacologic Class", 1L),
                        Map.entry("Side Effect", 1L), Map.entry("Symptom", 1L));
        assertThat(count("MATCH (d:Disease:Entity {id: 'DOID:2531', name: 'hematologic cancer'}) RETURN count(d)")).isEqualTo(1);
        assertThat(count("MATCH (g:UnmappedGene:Entity {id: '9220'})-[:IMPORTED {metaedge: 'GiG'}]-(:Gene) RETURN count(g)")).isEqualTo(1);
        assertThat(count("MATCH (p:ExternalPathway) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (p:Pathway) WHERE p.collection IS NULL RETURN count(p)")).isZero();
        assertThat(count("MATCH (d:Drug {id: 'DB00170', name: 'Menadione', drugbankId: 'DB00170', source: 'HETIONET'})"
                + "<-[:FOR]-(:DrugKey {key: 'menadione'}) RETURN count(d)")).isEqualTo(1);
        // provenance on an edge: lenalidomide binds CRBN, per Hetionet
        assertThat(count("MATCH (:Drug {id: 'lenalidomide'})-[r:IMPORTED {source: 'HETIONET', sourceVersion: 'v1.0',"
                + " metaedge: 'CbG', predicate: 'BINDS'}]->(:Gene {symbol: 'CRBN'})"
                + " WHERE r.licence STARTS WITH 'CC0-1.0' RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH ()-[r:IMPORTED]->() WHERE r.source IS NULL OR r.sourceVersion IS NULL OR r.licence IS NULL"
                + " RETURN count(r)")).isZero();
        assertThat(count("MATCH ()-[r:IMPORTED {metaedge: 'CuG'}]->() WHERE r.sign <> 1 RETURN count(r)")).isZero();
        // imported edges are never claims, and never look like curated edges
        assertThat(count("MATCH (c:Claim) RETURN count(c)")).isEqualTo(claims);
        assertThat(count("MATCH ()-[r:IMPORTED]->() WHERE r.claimId IS NOT NULL RETURN count(r)")).isZero();
    }

    @Test
    @Order(2)
    void theSameFilesAgainWriteNothingAndSaySo() {
        long before = nodesAndRelationships();
        var r = importer.importHetionet(nodes, edges, DEFAULTS, progress::add);
        assertThat(r.written()).isFalse();
        assertThat(r.edges()).isEqualTo(153);
        assertThat(r.importedAt()).isNotBlank();
        assertThat(nodesAndRelationships()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aBadRowStopsTheFileAndNothingOfItIsWritten() throws IOException {
        long before = nodesAndRelationships();
        List<String> lines = gunzip(edges);
        lines.add("Compound::DB00480\tCcures\tGene::51185");
        Path bad = gzip(tmp.resolve("hetionet-v1.1-edges-bad.sif.gz"), lines);
        assertThatThrownBy(() -> importer.importHetionet(nodes, bad, DEFAULTS, progress::add))
                .isInstanceOf(SeedFormatException.class)
                .hasMessageContaining(bad + " line 155, field 'metaedge'")
                .hasMessageContaining("unknown metaedge 'Ccures'");
        List<String> wrongKind = gunzip(edges);
        wrongKind.set(10, "Gene::51185\tCbG\tGene::1003");
        Path bad2 = gzip(tmp.resolve("hetionet-v1.1-edges-bad2.sif.gz"), wrongKind);
        assertThatThrownBy(() -> importer.importHetionet(nodes, bad2, DEFAULTS, progress::add))
                .hasMessageContaining("line 11, field 'source'").hasMessageContaining("CbG starts at a Compound");
        List<String> badNodes = gunzip(nodes);
        badNodes.set(1, badNodes.get(1).replace("\tAnatomy", "\tOrgan"));
        Path bad3 = gzip(tmp.resolve("hetionet-v1.1-nodes-bad.tsv.gz"), badNodes);
        assertThatThrownBy(() -> importer.importHetionet(bad3, edges, DEFAULTS, progress::add))
                .hasMessageContaining("line 2, field 'kind'").hasMessageContaining("found 'Organ'");
        List<String> dc = gunzip(drugcentral);
        String[] f = dc.get(5).split("\t", -1);
        f[1] = "X" + f[1];
        dc.set(5, String.join("\t", f));
        Path bad4 = gzip(tmp.resolve("drugcentral-bad.tsv.gz"), dc);
        assertThatThrownBy(() -> importer.importDrugCentral(bad4, DEFAULTS, progress::add))
                .hasMessageContaining(bad4 + " line 6, field 'STRUCT_ID'");
        assertThat(nodesAndRelationships()).isEqualTo(before);
        assertThat(count("MATCH ()-[r:IMPORTED {source: 'HETIONET'}]->() RETURN count(r)")).isEqualTo(153);
    }

    @Test
    @Order(4)
    void aNewerReleaseReplacesTheSourcesEdgesInOneStep() throws IOException {
        // release v1.1: the same nodes, the edges without the 54 Gr>G ones
        List<String> kept = gunzip(edges).stream().filter(l -> !l.contains("\tGr>G\t")).toList();
        Path n11 = gzip(tmp.resolve("hetionet-v1.1-nodes.tsv.gz"), gunzip(nodes));
        Path e11 = gzip(tmp.resolve("hetionet-v1.1-edges.sif.gz"), kept);
        List<String> v10 = edgesOf("HETIONET");
        var r = importer.importHetionet(n11, e11, DEFAULTS, progress::add);
        assertThat(r.release()).isEqualTo("v1.1");
        assertThat(r.replacedEdges()).isEqualTo(153);
        assertThat(r.edges()).isEqualTo(99);
        assertThat(count("MATCH ()-[r:IMPORTED {source: 'HETIONET'}]->() RETURN count(r)")).isEqualTo(99);
        assertThat(count("MATCH ()-[r:IMPORTED {source: 'HETIONET'}]->() WHERE r.sourceVersion <> 'v1.1' RETURN count(r)")).isZero();
        assertThat(count("MATCH ()-[r:IMPORTED {metaedge: 'Gr>G'}]->() RETURN count(r)")).isZero();
        // the same edges over Bolt (UNWIND ... CREATE, the external server's path; a blank line makes the files new)
        // are the same edges with the same properties as the embedded writer's
        List<String> embedded = edgesOf("HETIONET");
        List<String> withBlank = new ArrayList<>(kept);
        withBlank.add("");
        Path e11b = gzip(tmp.resolve("hetionet-v1.1-edges-b.sif.gz"), withBlank);
        var bolt = importer.importHetionet(n11, e11b, new KnowledgeImporter.Options(null, null,
                KnowledgeImporter.Strategy.UNWIND_CREATE), progress::add);
        assertThat(bolt.written()).isTrue();
        assertThat(bolt.replacedEdges()).isEqualTo(99);
        assertThat(edgesOf("HETIONET")).hasSize(99).isEqualTo(embedded);
        // and back to v1.0 (the other tests read it), by the embedded writer in parallel transactions of 7 edges:
        // the same edges as the first (single-threaded) import
        var back = importer.importHetionet(nodes, edges, new KnowledgeImporter.Options(null, null, null, 7, 2),
                progress::add);
        assertThat(back.replacedEdges()).isEqualTo(99);
        assertThat(count("MATCH ()-[r:IMPORTED {source: 'HETIONET', sourceVersion: 'v1.0'}]->() RETURN count(r)")).isEqualTo(153);
        assertThat(edgesOf("HETIONET")).isEqualTo(v10);
    }

    @Test
    @Order(5)
    void drugCentralKeepsEveryActivityWithItsProvenance() throws Exception {
        var r = importer.importDrugCentral(drugcentral, DEFAULTS, progress::add);
        assertThat(r.written()).isTrue();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(drugcentral)));
        assertThat(r.release()).isEqualTo("sha256:" + sha.substring(0, 12));
        // 15 rows: 11 edges to HGNC genes (GBA and ACPP by their previous symbols), 5 to targets of their own
        // (2 rat, 2 sheep proteins, glutamine); the CACNA1C|CACNA1D row gives two gene edges
        assertThat(r.edges()).isEqualTo(16);
        assertThat(r.edgesPerType()).containsExactlyEntriesOf(Map.of("Drug-Gene", 11, "Drug-Target", 5).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()),
                        Map::putAll));
        assertThat(r.unmatched()).isEmpty();
        assertThat(r.drugsMatched()).isEqualTo(3);
        assertThat(r.drugsCreated()).isEqualTo(5);
        assertThat(count("MATCH (:Drug {id: 'drugcentral:147'})-[:IMPORTED {source: 'DRUGCENTRAL'}]->(g:Gene {symbol: 'GBA1'})"
                + " RETURN count(g)")).isEqualTo(1);
        assertThat(count("MATCH (:Drug {id: 'drugcentral:5'})-[:IMPORTED]->(g:Gene) WHERE g.symbol IN ['CACNA1C', 'CACNA1D']"
                + " RETURN count(g)")).isEqualTo(2);
        assertThat(count("MATCH (t:Target:Entity {source: 'DRUGCENTRAL'}) RETURN count(t)")).isEqualTo(5);
        assertThat(count("MATCH (:Drug {id: 'thalidomide'})-[:IMPORTED]->(t:Target {accession: 'P79208', organism: 'Ovis aries'})"
                + " RETURN count(t)")).isEqualTo(1);
        // provenance on an edge: lenalidomide -> CRBN, DrugCentral's mechanism-of-action target
        try (var s = driver.session()) {
            var e = s.run("MATCH (:Drug {id: 'lenalidomide'})-[r:IMPORTED {source: 'DRUGCENTRAL'}]->(:Gene {symbol: 'CRBN'})"
                    + " RETURN r {.*} AS r").single().get("r").asMap();
            assertThat(e).containsEntry("licence", "CC-BY-SA-4.0").containsEntry("sourceVersion", r.release())
                    .containsEntry("predicate", "MODULATOR").containsEntry("actionType", "MODULATOR")
                    .containsEntry("moa", true).containsEntry("actValue", 6.52739000320435)
                    .containsEntry("actType", "EC50").containsEntry("actSource", "SCIENTIFIC LITERATURE")
                    .containsEntry("moaSource", "SCIENTIFIC LITERATURE").containsEntry("structId", 3317L)
                    .doesNotContainKey("actUnit"); // blank in the file
        }
        assertThat(count("MATCH (:Drug {id: 'thalidomide'})-[r:IMPORTED {source: 'DRUGCENTRAL'}]->(:Gene {symbol: 'TNF'})"
                + " WHERE r.predicate = 'BIOACTIVITY' AND r.sign IS NULL AND r.actType = 'IC50' AND r.actValue = 8.0"
                + " RETURN count(r)")).isEqualTo(1);
        // the same file again: nothing written
        long before = nodesAndRelationships();
        assertThat(importer.importDrugCentral(drugcentral, DEFAULTS, progress::add).written()).isFalse();
        assertThat(nodesAndRelationships()).isEqualTo(before);
    }

    private List<Map<String, Object>> interactions(String node, String args) {
        return graphQl.document("{ " + node + " { interactions(" + (args.isEmpty() ? "" : args + ", ")
                        + "first: 100) { totalCount edges { node {"
                        + " predicate sign source sourceVersion licence curated outgoing properties"
                        + " partner { __typename ... on Gene { symbol } ... on Drug { name } ... on Disease { id name }"
                        + " ... on Entity { id kind } } } } } } }").execute()
                .path(node.substring(0, node.indexOf('(')) + ".interactions.edges[*].node")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
    }

    private static String partner(Map<String, Object> i) {
        Map<?, ?> p = (Map<?, ?>) i.get("partner");
        return (String) (p.get("symbol") != null ? p.get("symbol") : p.get("name") != null ? p.get("name") : p.get("id"));
    }

    @Test
    @Order(6)
    void interactionsSayWhereEachEdgeComesFrom() {
        var dc = interactions("drug(id: \"lenalidomide\")", "sources: [\"DRUGCENTRAL\"]");
        assertThat(dc).extracting(KnowledgeImportTest::partner).containsExactlyInAnyOrder("CRBN", "TNF");
        assertThat(dc).allSatisfy(i -> {
            assertThat(i).containsEntry("source", "DRUGCENTRAL").containsEntry("curated", false)
                    .containsEntry("licence", "CC-BY-SA-4.0");
            assertThat((String) i.get("sourceVersion")).startsWith("sha256:");
        });
        assertThat(dc).filteredOn(i -> partner(i).equals("CRBN")).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("predicate", "MODULATOR");
            assertThat(map(i.get("properties"))).containsEntry("moa", true).containsEntry("actType", "EC50")
                    .containsEntry("actSource", "SCIENTIFIC LITERATURE").containsEntry("actValue", 6.52739000320435);
        });
        // lenalidomide in the Hetionet extract: CbG 5, CdG 3, CrC 2, CtD 1, CuG 4
        var het = interactions("drug(id: \"DB00480\")", "sources: [\"HETIONET\"]");
        assertThat(het).hasSize(15).allSatisfy(i -> assertThat(i).containsEntry("source", "HETIONET")
                .containsEntry("sourceVersion", "v1.0").containsEntry("curated", false));
        assertThat(het).filteredOn(i -> i.get("predicate").equals("BINDS")).extracting(KnowledgeImportTest::partner)
                .containsExactlyInAnyOrder("CDH5", "CRBN", "PTGS2", "ABCB1", "TNFSF11");
        assertThat(interactions("drug(id: \"lenalidomide\")", "sources: [\"HETIONET\"], predicates: [\"binds\"]"))
                .hasSize(5);
        assertThat(interactions("drug(id: \"lenalidomide\")", "sources: [\"HETIONET\"], sign: 1"))
                .hasSize(4).allSatisfy(i -> assertThat(i).containsEntry("predicate", "UPREGULATES").containsEntry("sign", 1));
        // the curated edges: accepted claims, never imported ones
        var curated = interactions("drug(id: \"lenalidomide\")", "sources: [\"CURATED\"]");
        assertThat(curated).isNotEmpty().allSatisfy(i -> assertThat(i).containsEntry("source", "CURATED")
                .containsEntry("curated", true).containsEntry("licence", null));
        assertThat(curated).filteredOn(i -> "r01".equals(((Map<?, ?>) i.get("properties")).get("claimId")))
                .singleElement().satisfies(i -> {
                    assertThat(i).containsEntry("predicate", "BINDS").containsEntry("outgoing", true);
                    assertThat(map(i.get("properties"))).containsEntry("level", "ACTIVITY");
                });
        // all sources by default: curated first
        var all = interactions("drug(id: \"lenalidomide\")", "");
        assertThat(all).hasSize(curated.size() + 15 + 2);
        assertThat(all.get(0)).containsEntry("source", "CURATED");
        graphQl.document("{ drug(id: \"lenalidomide\") { interactions(sources: [\"KEGG\"]) { totalCount } } }").execute()
                .errors().satisfy(e -> assertThat(e).singleElement().satisfies(err -> {
                    assertThat(err.getMessage()).contains("sources: unknown source 'KEGG'").contains("HETIONET");
                    assertThat(err.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }));
        // a gene's side, and its id
        var gene = graphQl.document("{ gene(id: \"CRBN\") { id interactions(sources: [\"DRUGCENTRAL\"]) { totalCount } } }")
                .execute();
        gene.path("gene.id").entity(String.class).isEqualTo("HGNC:30185");
        gene.path("gene.interactions.totalCount").entity(Integer.class).isEqualTo(3);
        var crbn = interactions("gene(id: \"CRBN\")", "sources: [\"DRUGCENTRAL\", \"HETIONET\"]");
        assertThat(crbn).filteredOn(i -> i.get("source").equals("DRUGCENTRAL")).extracting(KnowledgeImportTest::partner)
                .containsExactlyInAnyOrder("thalidomide", "lenalidomide", "pomalidomide");
        assertThat(crbn).filteredOn(i -> i.get("source").equals("HETIONET")).allSatisfy(i ->
                assertThat(i).containsEntry("outgoing", false));
    }

    @Test
    @Order(7)
    void diseasesAndSearch() {
        var d = graphQl.document("{ disease(id: \"DOID:2531\") { id name source interactions(sources: [\"HETIONET\"])"
                + " { totalCount } } }").execute();
        d.path("disease.name").entity(String.class).isEqualTo("hematologic cancer");
        d.path("disease.source").entity(String.class).isEqualTo("HETIONET");
        d.path("disease.interactions.totalCount").entity(Integer.class).isEqualTo(11); // CtD 2, DaG 7, DdG 1, DuG 1
        graphQl.document("{ disease(id: \"Hematologic CANCER\") { id } }").execute().path("disease.id")
                .entity(String.class).isEqualTo("DOID:2531");
        graphQl.document("{ disease(id: \"Disease::DOID:1024\") { name } }").execute().path("disease.name")
                .entity(String.class).isEqualTo("leprosy");
        graphQl.document("{ disease(id: \"DOID:0\") { name } }").execute().path("disease").valueIsNull();
        var hits = graphQl.document("{ search(text: \"cancer\") { __typename ... on Disease { id } ... on Drug { id } } }")
                .execute().path("search").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(hits).containsExactly(Map.of("__typename", "Disease", "id", "DOID:2531"));
        graphQl.document("{ search(text: \"LENALID\") { __typename ... on Drug { id } } }").execute()
                .path("search[0].id").entity(String.class).isEqualTo("lenalidomide");
        graphQl.document("{ search(text: \"cc-220\") { ... on Drug { id } } }").execute()
                .path("search[*].id").entityList(String.class).containsExactly("iberdomide");
        graphQl.document("{ search(text: \"x\") { __typename } }").execute().errors()
                .satisfy(e -> assertThat(e).singleElement().satisfies(err -> assertThat(err.getMessage()).contains("text:")));
        var about = graphQl.document("{ about { counts imports { source version edges unmatchedCount unmatchedIds } } }")
                .execute();
        about.path("about.counts.sources.HETIONET").entity(Long.class).isEqualTo(153L);
        about.path("about.counts.sources.DRUGCENTRAL").entity(Long.class).isEqualTo(16L);
        about.path("about.counts.sources.CURATED").entity(Long.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(38));
        about.path("about.imports[?(@.source == 'HETIONET')].unmatchedIds[*]").entityList(String.class)
                .containsExactly("Gene::445347", "Gene::9220");
    }

    @Test
    @Order(8)
    void mechanismFollowsImportedEdgesOnlyWhenAskedAndSaysWhichAreCurated() {
        String q = "query($s: [String!]) { mechanism(drug: \"lenalidomide\", target: \"CRBN\", maxHops: 1, sources: $s) {"
                + " predictedSign nodes { ... on Gene { symbol } ... on Drug { name } } relations { claimId }"
                + " edges { predicate source curated licence partner { ... on Gene { symbol } } } } }";
        var curatedOnly = graphQl.document(q).execute().path("mechanism")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(curatedOnly).hasSize(1);
        assertThat((List<?>) curatedOnly.get(0).get("edges")).singleElement().satisfies(e ->
                assertThat(map(e)).containsEntry("source", "CURATED").containsEntry("curated", true)
                        .containsEntry("predicate", "BINDS"));
        var all = graphQl.document(q).variable("s", List.of("CURATED", "HETIONET", "DRUGCENTRAL")).execute()
                .path("mechanism").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(all).hasSize(3);
        assertThat(all).extracting(p -> ((Map<?, ?>) ((List<?>) p.get("edges")).get(0)).get("source") + ":"
                        + ((Map<?, ?>) ((List<?>) p.get("edges")).get(0)).get("curated"))
                .containsExactlyInAnyOrder("CURATED:true", "HETIONET:false", "DRUGCENTRAL:false");
        // an imported path has no curated relations; the curated one lists its claim
        assertThat(all).allSatisfy(p -> {
            Map<?, ?> e = (Map<?, ?>) ((List<?>) p.get("edges")).get(0);
            assertThat((List<?>) p.get("relations")).hasSize(Boolean.TRUE.equals(e.get("curated")) ? 1 : 0);
            assertThat(((Map<?, ?>) e.get("partner")).get("symbol")).isEqualTo("CRBN");
        });
        var imported = graphQl.document(q).variable("s", List.of("HETIONET")).execute().path("mechanism")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(imported).singleElement().satisfies(p -> assertThat((List<?>) p.get("relations")).isEmpty());
        // two hops through Hetionet alone (drug -> gene -> gene): every edge imported
        var twoHops = graphQl.document("{ mechanism(drug: \"lenalidomide\", maxHops: 2, sources: [\"HETIONET\"]) {"
                        + " nodes { ... on Gene { symbol } ... on Drug { name } } edges { source curated } } }").execute()
                .path("mechanism").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(twoHops).isNotEmpty().allSatisfy(p -> assertThat((List<?>) p.get("edges"))
                .allSatisfy(e -> assertThat(map(e)).containsEntry("source", "HETIONET").containsEntry("curated", false)));
        assertThat(twoHops).anySatisfy(p -> assertThat((List<?>) p.get("edges")).hasSize(2));
        graphQl.document("{ mechanism(drug: \"lenalidomide\", includeUnreviewed: true, sources: [\"HETIONET\"]) {"
                + " predictedSign } }").execute().errors().satisfy(e -> assertThat(e).singleElement()
                .satisfies(err -> assertThat(err.getMessage()).contains("includeUnreviewed")));
        // graphView: curated only unless asked; each edge says where it comes from
        String v = "query($s: [String!]) { graphView(input: {drug: \"lenalidomide\", maxHops: 1, sources: $s}) {"
                + " edges { id source target relation curated origin } } }";
        var defaultView = graphQl.document(v).execute().path("graphView.edges")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(defaultView).isNotEmpty().allSatisfy(e -> assertThat(e).containsEntry("curated", true)
                .containsEntry("origin", "CURATED"));
        var mixed = graphQl.document(v).variable("s", List.of("CURATED", "HETIONET")).execute().path("graphView.edges")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(mixed).anySatisfy(e -> assertThat(e).containsEntry("origin", "HETIONET").containsEntry("curated", false)
                .containsEntry("source", "lenalidomide").containsEntry("target", "HGNC:30185")
                .containsEntry("relation", "BINDS"));
        assertThat(mixed).filteredOn(e -> Boolean.TRUE.equals(e.get("curated"))).hasSameSizeAs(defaultView);
        var geneView = graphQl.document("{ graphView(input: {genes: [\"CRBN\", \"TNF\", \"PTGS2\"], sources: [\"HETIONET\"]})"
                + " { edges { curated origin } } }").execute().path("graphView.edges")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(geneView).allSatisfy(e -> assertThat(e).containsEntry("origin", "HETIONET"));
    }

    /** The plans of the new queries: every one starts from an index (the plans are printed for the record). */
    @Test
    @Order(9)
    void theNewQueriesSeekByIndex() {
        Map<String, Object> interactions = new java.util.HashMap<>(Map.of("id", "HGNC:30185", "runs", List.of(1L),
                "curated", true, "offset", 0, "limit", 50));
        interactions.put("predicates", null);
        interactions.put("sign", null);
        for (String kind : List.of("Gene", "Drug", "Disease")) {
            interactions.put("kind", kind);
            assertThat(operators("knowledge/interactions", interactions)).contains("NodeUniqueIndexSeek", "NodeIndexSeek")
                    .doesNotContain("AllNodesScan", "NodeByLabelScan");
        }
        assertThat(operators("knowledge/disease", Map.of("id", "DOID:2531", "nameKey", "doid:2531")))
                .contains("NodeIndexSeek").doesNotContain("AllNodesScan", "NodeByLabelScan");
        assertThat(operators("knowledge/search", Map.of("text", "lenalid", "limit", 20)))
                .contains("NodeIndexContainsScan").doesNotContain("AllNodesScan", "NodeByLabelScan");
        Map<String, Object> mech = new java.util.HashMap<>(Map.of("drugId", "lenalidomide", "hops", 2, "limit", 1000,
                "runs", List.of(0L, 1L), "symmetric", List.of("INTERACTS", "COVARIES", "RESEMBLES")));
        mech.put("targetId", null);
        assertThat(operators("mechanism/mechanism-sources", mech)).contains("NodeUniqueIndexSeek")
                .doesNotContain("AllNodesScan", "NodeByLabelScan");
        assertThat(operators("mechanism/view-imported-edges", Map.of("ids", List.of("HGNC:30185"), "runs",
                List.of(1L)))).contains("NodeUniqueIndexSeek").doesNotContain("AllNodesScan", "NodeByLabelScan");
    }

    /**
     * The curated-only mechanism (the default) never expands an imported edge, on a graph that holds them: PROFILE of
     * its queries (accepted claims' projection, and with includeUnreviewed the claims) names only curated types.
     */
    @Test
    @Order(10)
    void curatedOnlyMechanismNeverExpandsImportedEdges() {
        assertThat(count("MATCH ()-[r:IMPORTED]->() RETURN count(r)")).isPositive();
        Map<String, Object> params = new java.util.HashMap<>(Map.of("drugId", "lenalidomide", "maxHops", 4,
                "limit", 1000));
        params.put("targetId", null);
        for (String query : List.of("query/mechanism-accepted", "query/mechanism-all")) {
            try (var s = driver.session()) {
                var result = s.run("PROFILE\n" + cypher.get(query), params);
                long rows = result.list().size();
                var profile = result.consume().profile();
                List<String> ops = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                walk(profile, 0, ops, text);
                System.out.println("Profile of " + query + " (" + rows + " paths):\n" + text);
                assertThat(rows).isPositive();
                assertThat(ops).anySatisfy(op -> assertThat(op).containsAnyOf("Expand", "Repeat"));
                assertThat(text.toString()).doesNotContain("IMPORTED").doesNotContain("AllNodesScan");
            }
        }
        // and through the API: the default's edges are all curated
        var paths = graphQl.document("{ mechanism(drug: \"lenalidomide\", maxHops: 4) { edges { source curated } } }")
                .execute().path("mechanism").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat((List<?>) p.get("edges")).allSatisfy(e ->
                assertThat(map(e)).containsEntry("source", "CURATED").containsEntry("curated", true)));
    }

    /**
     * To a target through imported edges: the shortest paths, found from both ends (the plan's shortest-path operator),
     * shortest first, every one ending at the target.
     */
    @Test
    @Order(11)
    void mechanismToATargetThroughImportedEdgesTakesTheShortestPathsFirst() {
        Map<String, Object> mech = new java.util.HashMap<>(Map.of("drugId", "lenalidomide", "targetId", "HGNC:11892",
                "hops", 4, "limit", 1000, "runs", List.of(0L, 1L), "symmetric", List.of("INTERACTS", "COVARIES",
                        "RESEMBLES")));
        assertThat(operators("mechanism/mechanism-sources-to-target", mech)).contains("NodeUniqueIndexSeek",
                "StatefulShortestPath(Into)").doesNotContain("AllNodesScan", "NodeByLabelScan");
        var paths = graphQl.document("{ mechanism(drug: \"lenalidomide\", target: \"TNF\", maxHops: 4,"
                        + " sources: [\"CURATED\", \"HETIONET\", \"DRUGCENTRAL\"]) {"
                        + " nodes { ... on Gene { symbol } ... on Drug { name } } edges { source } } }").execute()
                .path("mechanism").entityList(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(paths).isNotEmpty().allSatisfy(p -> {
            List<?> nodes = (List<?>) p.get("nodes");
            assertThat(map(nodes.get(nodes.size() - 1))).containsEntry("symbol", "TNF");
            assertThat(nodes).hasSizeBetween(2, 5).doesNotHaveDuplicates();
        });
        List<Integer> lengths = paths.stream().map(p -> ((List<?>) p.get("edges")).size()).toList();
        assertThat(lengths).isSorted();
        assertThat(lengths.get(0)).isEqualTo(1); // lenalidomide -> TNF is one DrugCentral edge
    }

    private List<String> operators(String query, Map<String, Object> params) {
        try (var s = driver.session()) {
            var plan = s.run("EXPLAIN\n" + cypher.get(query), params).consume().plan();
            List<String> ops = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            walk(plan, 0, ops, text);
            System.out.println("Plan of " + query + " " + params.get("kind") + ":\n" + text);
            return ops;
        }
    }

    private static void walk(org.neo4j.driver.summary.Plan p, int depth, List<String> ops, StringBuilder text) {
        String op = p.operatorType().replaceAll("@.*", "");
        ops.add(op);
        text.append("  ".repeat(depth)).append(op).append(' ').append(p.identifiers())
                .append(p.arguments().containsKey("Details") ? " " + p.arguments().get("Details") : "").append('\n');
        p.children().forEach(c -> walk(c, depth + 1, ops, text));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static List<String> gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
    }

    static Path gzip(Path p, List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(p, bytes.toByteArray());
        return p;
    }
}

package org.gluegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.gluegraph.curation.Claim;
import org.gluegraph.curation.ClaimInput;
import org.gluegraph.curation.ClaimSeed;
import org.gluegraph.curation.CurationService;
import org.gluegraph.graph.Graph;
import org.gluegraph.security.Caller;
import org.gluegraph.security.Role;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

class SeedLoaderTest extends IntegrationTest {

    @Autowired
    Driver driver;
    @Autowired
    SeedLoader loader;
    @Autowired
    ClaimSeed claimSeed;
    @Autowired
    CurationService curation;
    @Autowired
    Graph graph;

    private long count(String cypher) {
        try (var s = driver.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void firstStartLoadsEveryRowOfEveryFile() {
        assertThat(count("MATCH (g:Gene) RETURN count(g)")).isEqualTo(43_882);
        // drugs created by an import test in this JVM carry a source; the seed's do not
        assertThat(count("MATCH (d:Drug) WHERE d.source IS NULL RETURN count(d)")).isEqualTo(10);
        assertThat(count("MATCH (d:Drug {id: 'iberdomide'}) RETURN size(d.synonyms)")).isEqualTo(1);
        assertThat(count("MATCH (:DrugKey {key: 'cc-220'})-[:FOR]->(d:Drug {id: 'iberdomide'}) RETURN count(d)")).isEqualTo(1);
        // (only the seed's own rows: other tests in this JVM add claims and publications)
        assertThat(count("MATCH (p:Publication) WHERE NOT p.id STARTS WITH 'pmid:' AND NOT p.id STARTS WITH 'doi'"
                + " AND NOT p.id STARTS WITH 'restart-' RETURN count(p)")).isEqualTo(30);
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(46);
        assertThat(count("MATCH (c:Claim {status: 'ACCEPTED', submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(38);
        assertThat(count("MATCH (c:Claim {status: 'SUBMITTED', submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(8);
        // the level column: 21 TRANSCRIPT, 17 PROTEIN, 8 ACTIVITY; a destabilised protein is DOWNREGULATES at PROTEIN level
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed', level: 'TRANSCRIPT'}) RETURN count(c)")).isEqualTo(21);
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed', level: 'PROTEIN'}) RETURN count(c)")).isEqualTo(17);
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed', level: 'ACTIVITY'}) RETURN count(c)")).isEqualTo(8);
        assertThat(count("MATCH (c:Claim {id: 'r42', level: 'PROTEIN', predicate: 'DOWNREGULATES'}) RETURN count(c)")).isEqualTo(1);
        // every accepted claim is mirrored by exactly one traversal edge
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) MATCH ()-[r]->() WHERE r.claimId = c.id RETURN count(r)")).isEqualTo(38);
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) MATCH ()-[r:RESISTANCE]->(:Drug) WHERE r.claimId = c.id RETURN count(r)")).isEqualTo(6);
        assertThat(count("MATCH (:Claim {submittedBy: 'seed'})-[e:SUPPORTED_BY]->() RETURN count(e)")).isEqualTo(65);
        // the corrections of fixes-2026-12.md; blank identifiers stay blank
        assertThat(count("MATCH (p:Publication {id: 'zhu2011', doi: '10.1182/blood-2011-05-356063'}) WHERE p.pmid IS NULL RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (p:Publication {id: 'leukres2014', title: 'The clinical significance of cereblon expression in multiple myeloma'}) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (p:Publication {id: 'ikzf1_2014', pmid: '24914135'}) WHERE p.doi IS NULL AND p.title IS NULL RETURN count(p)")).isEqualTo(1);
        // pathways: 2,785 Reactome GMT sets + 18 human Reactome pathways without members, 50 Hallmark, 986 WikiPathways
        assertThat(count("MATCH (p:Pathway {collection: 'REACTOME'}) RETURN count(p)")).isEqualTo(2_803);
        assertThat(count("MATCH (p:Pathway {collection: 'REACTOME'}) WHERE p.size > 0 RETURN count(p)")).isEqualTo(2_762); // 23 GMT sets list only non-human entities
        assertThat(count("MATCH (p:Pathway {collection: 'HALLMARK'}) RETURN count(p)")).isEqualTo(50);
        assertThat(count("MATCH (p:Pathway {collection: 'WIKIPATHWAYS'}) RETURN count(p)")).isEqualTo(986);
        assertThat(count("MATCH (:Pathway)-[r:PART_OF]->(:Pathway) RETURN count(r)")).isEqualTo(2_819);
        assertThat(count("MATCH (p:Pathway {collection: 'REACTOME'}) WHERE NOT (p)-[:PART_OF]->() RETURN count(p)")).isEqualTo(29);
        // memberships after mapping names to HGNC genes (the WikiPathways count equals the upstream file's
        // 41,782 entries less duplicates within a set and the 57 Entrez ids HGNC does not know)
        assertThat(count("MATCH (:Gene)-[m:MEMBER_OF]->(:Pathway {collection: 'HALLMARK'}) RETURN count(m)")).isEqualTo(7_321);
        assertThat(count("MATCH (:Gene)-[m:MEMBER_OF]->(:Pathway {collection: 'WIKIPATHWAYS'}) RETURN count(m)")).isEqualTo(40_058);
        assertThat(count("MATCH (:Gene)-[m:MEMBER_OF]->(:Pathway {collection: 'REACTOME'}) RETURN count(m)")).isEqualTo(132_178); // case-sensitive mapping, as scripts/seed/mapping_report.py counts it
        assertThat(count("MATCH (c:Collection {name: 'WIKIPATHWAYS'}) RETURN c.unmapped")).isEqualTo(57);
        assertThat(count("MATCH (c:Collection {name: 'HALLMARK'}) RETURN c.unmapped")).isEqualTo(1);
    }

    @Test
    void secondLoadWritesNothing() {
        long nodes = count("MATCH (n) RETURN count(n)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        assertThat(loader.loadAll(SeedSource.classpath("seed-data"))).isEmpty();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    }

    @Test
    void aBadRowStopsTheFileAndNothingOfItIsWritten() {
        String pubs = "id\tpmid\tdoi\tfirst_author\tjournal\tyear\ttitle\tretracted\n"
                + "testpub1\t12345\t\tX\tY\t2020\tT\tfalse\n"
                + "testpub2\tPMC123\t\tX\tY\t2020\tT\tfalse\n";
        String rels = "claim_id\tsubject\tsubject_type\tpredicate\tobject\tobject_type\tsign\tcontext\tpublications\tstatement\tstatus\n"
                + "t1\tlenalidomide\tDrug\tBINDS\tCRBN\tGene\t0\tx\ttestpub1\ts\taccepted\n";
        SeedSource bad = files(pubs, rels);
        assertThatThrownBy(() -> loader.load(claimSeed, bad))
                .isInstanceOf(SeedFormatException.class)
                .hasMessageContaining("curated/publications.tsv line 3, field 'pmid'")
                .hasMessageContaining("expected 1 to 9 digits (a PubMed id)");

        // a row that parses but names an unknown gene fails inside the transaction: it is rolled back whole
        String goodPubs = pubs.replace("PMC123", "67890");
        String unknownGene = rels + "t2\tlenalidomide\tDrug\tDEGRADES\tNOTAGENE1\tGene\t-1\tx\ttestpub2\ts\taccepted\n";
        assertThatThrownBy(() -> loader.load(claimSeed, files(goodPubs, unknownGene)))
                .isInstanceOf(SeedFormatException.class)
                .hasMessageContaining("curated/relations.tsv line 3, field 'object'")
                .hasMessageContaining("unknown gene 'NOTAGENE1'");
        assertThat(count("MATCH (p:Publication) WHERE p.id STARTS WITH 'testpub' RETURN count(p)")).isZero();
        assertThat(count("MATCH (c:Claim) WHERE c.id IN ['t1', 't2'] RETURN count(c)")).isZero();
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(46);
    }

    @Test
    void raggedRowsAreReportedWithTheirLine() {
        String pubs = "id\tpmid\tdoi\tfirst_author\tjournal\tyear\ttitle\tretracted\nx\t1\n";
        assertThatThrownBy(() -> loader.load(claimSeed, files(pubs, "")))
                .hasMessageContaining("curated/publications.tsv line 2")
                .hasMessageContaining("expected 8 tab-separated fields");
    }

    private static final String PUB_HEADER = "id\tpmid\tdoi\tfirst_author\tjournal\tyear\ttitle\tretracted\n";
    private static final String REL_HEADER_2026_11 = "claim_id\tsubject\tsubject_type\tpredicate\tobject\tobject_type\tsign"
            + "\tcontext\tpublications\tstatement\tstatus\n";
    private static final String REL_HEADER = "claim_id\tsubject\tsubject_type\tpredicate\tobject\tobject_type\tsign\tlevel"
            + "\tcontext\tpublications\tstatement\tstatus\n";

    private void loadCurated(String publications, String relations, ClaimSeed.OnDuplicate onDuplicate) {
        var parsed = claimSeed.parse(TsvFile.read(ClaimSeed.PUBLICATIONS, new java.io.ByteArrayInputStream(
                        publications.getBytes(StandardCharsets.UTF_8))),
                TsvFile.read(ClaimSeed.RELATIONS, new java.io.ByteArrayInputStream(relations.getBytes(StandardCharsets.UTF_8))),
                "restart-test", onDuplicate);
        graph.load(tx -> {
            parsed.write(tx, (what, done, total) -> { });
            return null;
        });
    }

    private String text(String cypher) {
        try (var s = driver.session()) {
            return s.run(cypher).single().get(0).asString(null);
        }
    }

    /**
     * A restart on a database curators have worked on: a changed curated file adds its new rows and leaves what
     * curators did alone (a rejection, a retraction); a new row stating a curator's claim again is left out by the
     * seed (refused by load); a new publication whose DOI a curator's publication holds is that publication. (The
     * step is run directly, as the seed runs it, with its own claim ids, so the seed's record stays as it is.)
     */
    @Test
    void aRestartAddsWhatIsNewAndKeepsWhatCuratorsChanged() {
        String pubs = PUB_HEADER + "restart-p1\t99999901\t\tX\tJ\t2020\tT1\tfalse\n";
        String c1 = "restart-c1\tTP53\tGene\tACTIVATES\tCDKN1A\tGene\t1\t";
        String c1Rest = "restart test\trestart-p1\ts1\tsubmitted\n";
        // a file of the 2026-11 format, without a level column: the level is the predicate's
        loadCurated(pubs, REL_HEADER_2026_11 + c1 + c1Rest, ClaimSeed.OnDuplicate.SKIP);
        assertThat(text("MATCH (c:Claim {id: 'restart-c1'}) RETURN c.level")).isEqualTo("TRANSCRIPT");

        Caller editor = new Caller("eve", Role.EDITOR);
        curation.rejectClaim(editor, "restart-c1", "restart test: not shown");
        curation.retractPublication(editor, "99999901", "restart test: retracted");
        Claim mine = curation.submitClaim(new Caller("carol", Role.CURATOR), new ClaimInput("MDM2", "REPRESSES", "TP53", -1,
                "restart test", List.of(new ClaimInput.EvidenceInput(null, "10.9999/restart.1", "MDM2 represses p53")), null));

        long version = count("MATCH (c:Claim {id: 'restart-c1'}) RETURN c.version");
        String pubs2 = pubs + "restart-p2\t\t10.9999/restart.1\tY\tJ\t2021\tT2\tfalse\n";
        String rels2 = REL_HEADER + c1 + "TRANSCRIPT\t" + c1Rest
                + "restart-c2\tCDKN1A\tGene\tCOMPLEX_WITH\tMDM2\tGene\t0\t\trestart test\trestart-p2\ts2\tsubmitted\n"
                + "restart-c3\tMDM2\tGene\tREPRESSES\tTP53\tGene\t-1\tTRANSCRIPT\trestart test\trestart-p1\ts3\tsubmitted\n";
        // load refuses the row that states the curator's claim again, and writes nothing
        assertThatThrownBy(() -> loadCurated(pubs2, rels2, ClaimSeed.OnDuplicate.REFUSE))
                .isInstanceOf(SeedFormatException.class)
                .hasMessageContaining("curated/relations.tsv line 4, field 'claim_id'")
                .hasMessageContaining(mine.id());
        assertThat(count("MATCH (c:Claim) WHERE c.id IN ['restart-c2', 'restart-c3'] RETURN count(c)")).isZero();

        loadCurated(pubs2, rels2, ClaimSeed.OnDuplicate.SKIP);
        assertThat(text("MATCH (c:Claim {id: 'restart-c1'}) RETURN c.status")).isEqualTo("REJECTED");
        assertThat(count("MATCH (c:Claim {id: 'restart-c1'}) RETURN c.version")).isEqualTo(version);
        assertThat(count("MATCH (p:Publication {id: 'restart-p1', retracted: true}) RETURN count(p)")).isEqualTo(1);
        // a blank level is the predicate's (COMPLEX_WITH: ACTIVITY)
        assertThat(text("MATCH (c:Claim {id: 'restart-c2'}) RETURN c.level")).isEqualTo("ACTIVITY");
        assertThat(count("MATCH (c:Claim) WHERE c.id = 'restart-c3' RETURN count(c)")).isZero();
        assertThat(count("MATCH (c:Claim {tripleKey: '" + text("MATCH (c:Claim {id: '" + mine.id() + "'}) RETURN c.tripleKey")
                + "'}) RETURN count(c)")).isEqualTo(1);
        assertThat(text("MATCH (:Claim {id: 'restart-c2'})-[:SUPPORTED_BY]->(p:Publication) RETURN p.id"))
                .isEqualTo(text("MATCH (:Claim {id: '" + mine.id() + "'})-[:SUPPORTED_BY]->(p:Publication) RETURN p.id"));
        assertThat(count("MATCH (p:Publication {id: 'restart-p2'}) RETURN count(p)")).isZero();
        // the same file again: nothing changes (but the graph's version: its write may make a new version stripe)
        long nodes = count("MATCH (n) WHERE NOT n:GraphVersion RETURN count(n)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        loadCurated(pubs2, rels2, ClaimSeed.OnDuplicate.SKIP);
        assertThat(count("MATCH (n) WHERE NOT n:GraphVersion RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    }

    private static SeedSource files(String publications, String relations) {
        Map<String, String> files = Map.of(ClaimSeed.PUBLICATIONS, publications, ClaimSeed.RELATIONS, relations);
        return path -> files.get(path).getBytes(StandardCharsets.UTF_8);
    }
}

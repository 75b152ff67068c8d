package org.gluegraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.gluegraph.curation.ClaimSeed;
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

    private long count(String cypher) {
        try (var s = driver.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void firstStartLoadsEveryRowOfEveryFile() {
        assertThat(count("MATCH (g:Gene) RETURN count(g)")).isEqualTo(43_882);
        assertThat(count("MATCH (d:Drug) RETURN count(d)")).isEqualTo(4);
        // (only the seed's own rows: other tests in this JVM add claims through the API)
        assertThat(count("MATCH (p:Publication) WHERE NOT p.id STARTS WITH 'pmid:' AND NOT p.id STARTS WITH 'doi' RETURN count(p)")).isEqualTo(22);
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(35);
        assertThat(count("MATCH (c:Claim {status: 'ACCEPTED', submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(31);
        assertThat(count("MATCH (c:Claim {status: 'SUBMITTED', submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(4);
        // every accepted claim is mirrored by exactly one traversal edge
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) MATCH ()-[r]->() WHERE r.claimId = c.id RETURN count(r)")).isEqualTo(31);
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) MATCH ()-[r:RESISTANCE]->(:Drug) WHERE r.claimId = c.id RETURN count(r)")).isEqualTo(6);
        assertThat(count("MATCH (:Claim {submittedBy: 'seed'})-[e:SUPPORTED_BY]->() RETURN count(e)")).isEqualTo(54);
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
        assertThat(count("MATCH (c:Claim {submittedBy: 'seed'}) RETURN count(c)")).isEqualTo(35);
    }

    @Test
    void raggedRowsAreReportedWithTheirLine() {
        String pubs = "id\tpmid\tdoi\tfirst_author\tjournal\tyear\ttitle\tretracted\nx\t1\n";
        assertThatThrownBy(() -> loader.load(claimSeed, files(pubs, "")))
                .hasMessageContaining("curated/publications.tsv line 2")
                .hasMessageContaining("expected 8 tab-separated fields");
    }

    private static SeedSource files(String publications, String relations) {
        Map<String, String> files = Map.of(ClaimSeed.PUBLICATIONS, publications, ClaimSeed.RELATIONS, relations);
        return path -> files.get(path).getBytes(StandardCharsets.UTF_8);
    }
}

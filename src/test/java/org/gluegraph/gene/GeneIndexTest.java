package org.gluegraph.gene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The command line's symbol column: the index of only the table's genes answers as the whole index does. */
class GeneIndexTest {

    @Test
    void symbolsOfATableFromTheFilteredIndexEqualTheWholeIndexs() {
        // approved symbols in any case, HGNC / Entrez / Ensembl ids (versioned too), a previous symbol
        // (CPAMD9 -> A2ML1), an alias of one gene (ACF64 -> A1CF), an alias several genes share, fly ids, blanks
        List<String> ids = List.of("MYC", "crbn", "HGNC:7", "29974", "ENSG00000148584", "ENSG00000148584.15",
                "CPAMD9", "ACF64", "ACF", "FBgn0000003", "", "  IKZF1 ");
        GeneIndex whole = GeneIndex.shipped();
        List<String> expected = whole.symbols(ids);
        assertThat(GeneIndex.shippedSymbols(ids)).isEqualTo(expected);
        assertThat(expected.subList(0, 8)).containsExactly("MYC", "CRBN", "A2M", "A1CF", "A1CF", "A1CF", "A2ML1", "A1CF");
        assertThat(expected.get(9)).isEmpty();
    }
}

package org.gluegraph.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hetionet's metaedges (the abbreviations of its SIF files, as in its {@code metaedges.tsv} and metagraph): the
 * source and target kinds, the verb as this service names it (upper case, like a predicate), the sign where the
 * verb has one (up/down-regulation), and whether the relation is symmetric (Hetionet's direction "both" for
 * interactions, covariation and resemblance: a path may follow such an edge either way). A release with a metaedge
 * not listed here is refused (file, line, field), never loaded under a guessed meaning.
 */
final class HetionetMetaedges {

    record Metaedge(String abbreviation, String sourceKind, String predicate, String targetKind, Integer sign) {
        boolean symmetric() {
            return SYMMETRIC.contains(predicate);
        }
    }

    /** Predicates whose edges may be walked either way. */
    static final Set<String> SYMMETRIC = Set.of("INTERACTS", "COVARIES", "RESEMBLES");

    static final Map<String, Metaedge> ALL = new LinkedHashMap<>();

    static {
        add("AdG", "Anatomy", "DOWNREGULATES", "Gene", -1);
        add("AeG", "Anatomy", "EXPRESSES", "Gene", null);
        add("AuG", "Anatomy", "UPREGULATES", "Gene", 1);
        add("CbG", "Compound", "BINDS", "Gene", null);
        add("CcSE", "Compound", "CAUSES", "Side Effect", null);
        add("CdG", "Compound", "DOWNREGULATES", "Gene", -1);
        add("CpD", "Compound", "PALLIATES", "Disease", null);
        add("CrC", "Compound", "RESEMBLES", "Compound", null);
        add("CtD", "Compound", "TREATS", "Disease", null);
        add("CuG", "Compound", "UPREGULATES", "Gene", 1);
        add("DaG", "Disease", "ASSOCIATES", "Gene", null);
        add("DdG", "Disease", "DOWNREGULATES", "Gene", -1);
        add("DlA", "Disease", "LOCALIZES", "Anatomy", null);
        add("DpS", "Disease", "PRESENTS", "Symptom", null);
        add("DrD", "Disease", "RESEMBLES", "Disease", null);
        add("DuG", "Disease", "UPREGULATES", "Gene", 1);
        add("GcG", "Gene", "COVARIES", "Gene", null);
        add("GiG", "Gene", "INTERACTS", "Gene", null);
        add("GpBP", "Gene", "PARTICIPATES", "Biological Process", null);
        add("GpCC", "Gene", "PARTICIPATES", "Cellular Component", null);
        add("GpMF", "Gene", "PARTICIPATES", "Molecular Function", null);
        add("GpPW", "Gene", "PARTICIPATES", "Pathway", null);
        add("Gr>G", "Gene", "REGULATES", "Gene", null);
        add("PCiC", "Pharmacologic Class", "INCLUDES", "Compound", null);
    }

    private static void add(String abbreviation, String source, String predicate, String target, Integer sign) {
        ALL.put(abbreviation, new Metaedge(abbreviation, source, predicate, target, sign));
    }

    /**
     * Hetionet's node kinds and the label each takes here. Genes become the HGNC genes (by Entrez id) and compounds
     * the drugs (by DrugBank id); every other kind is an {@code Entity} with its own label (a Hetionet pathway is an
     * {@code ExternalPathway}, so it never mixes with the gene-set collections' {@code Pathway}s).
     */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Anatomy", "Anatomy"),
            Map.entry("Biological Process", "BiologicalProcess"),
            Map.entry("Cellular Component", "CellularComponent"),
            Map.entry("Compound", "Drug"),
            Map.entry("Disease", "Disease"),
            Map.entry("Gene", "Gene"),
            Map.entry("Molecular Function", "MolecularFunction"),
            Map.entry("Pathway", "ExternalPathway"),
            Map.entry("Pharmacologic Class", "PharmacologicClass"),
            Map.entry("Side Effect", "SideEffect"),
            Map.entry("Symptom", "Symptom"));

    /** The label of a Hetionet gene whose Entrez id no HGNC gene has (kept, counted and listed, never dropped). */
    static final String UNMAPPED_GENE = "UnmappedGene";

    private HetionetMetaedges() {
    }
}

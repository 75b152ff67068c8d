package org.gluegraph.gene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gluegraph.graph.Graph;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Identifiers;
import org.gluegraph.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Turns what a researcher types into HGNC genes. An approved symbol wins over everything; then the ids (HGNC,
 * Entrez, Ensembl, with or without a version suffix); then previous symbols; then aliases. Within the first tier
 * that matches, one gene is a match and several are reported as ambiguous: never a silent guess.
 */
@Service
public class GeneResolver {

    static final int MAX_TERMS = 50_000;
    /** Up to this many terms a look-up before the in-memory index exists goes through Cypher. */
    static final int INTERACTIVE_TERMS = 500;
    private static final java.util.regex.Pattern VERSIONED_ENSEMBL = java.util.regex.Pattern.compile("ensg\\d{11}\\.\\d+");
    private static final List<Set<String>> TIERS = List.of(
            Set.of("symbol"), Set.of("hgnc", "entrez", "ensembl"), Set.of("previous"), Set.of("alias"));

    /** Held apart: the command line maps ids by this class's rules, and starting logging cost it 0.2 s. */
    private static final class Log {
        static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GeneResolver.class);
    }

    private final Graph graph;
    private volatile Versioned index;

    /** The index and the graph's gene version it was built at. */
    private record Versioned(long genes, GeneIndex index) {
    }

    public GeneResolver(Graph graph) {
        this.graph = graph;
    }

    /**
     * Look-ups are answered from an in-memory index of every identifier, built from the graph on first use and
     * again whenever the graph's gene version has moved (a gene seed by any process advances it).
     */
    public GeneResolution resolve(List<String> terms) {
        if (!fresh() && terms.size() <= INTERACTIVE_TERMS) {
            // until the index is built (in the background, a few seconds after start) ask the graph
            buildInBackground();
            return resolveInGraph(terms);
        }
        // bulk look-ups (seed files, contrasts, enrichment universes) wait for the index: building it takes a few
        // seconds, tens of thousands of look-ups through Cypher take longer
        return classify(keys(terms, "terms"), index().hits());
    }

    /** The in-memory index, built now if it is not there yet (bulk mapping: enrichment, seed files). */
    public GeneIndex index() {
        long genes = graph.version().genes();
        Versioned v = index;
        if (v == null || v.genes() != genes) {
            synchronized (this) {
                v = index;
                if (v == null || v.genes() != genes) {
                    v = new Versioned(genes, GeneIndex.load(graph));
                    index = v;
                }
            }
        }
        return v.index();
    }

    private boolean fresh() {
        Versioned v = index;
        return v != null && v.genes() == graph.version().genes();
    }

    private final java.util.concurrent.atomic.AtomicBoolean building = new java.util.concurrent.atomic.AtomicBoolean();

    private void buildInBackground() {
        if (building.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    index();
                } catch (RuntimeException e) {
                    // the service is stopping (driver closed) or the database is away: look-ups go on through
                    // Cypher and the next one tries again
                    Log.log.info("Gene index not built ({}); look-ups use Cypher until it is", e.toString());
                } finally {
                    building.set(false);
                }
            }, "gene-index");
            t.setDaemon(true);
            t.start();
        }
    }


    /** The same look-up through Cypher. */
    GeneResolution resolveInGraph(List<String> terms) {
        Map<String, String> keyOfTerm = keys(terms, "terms");
        Map<String, List<Hit>> hits = new HashMap<>();
        List<String> keys = List.copyOf(new LinkedHashSet<>(keyOfTerm.values()));
        List<KeyHit> keyHits = graph.readList("query/resolve-gene-keys", Map.of("keys", keys), GeneResolver::hit);
        keyHits.forEach(h -> hits.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h.hit()));

        return classify(keyOfTerm, hits);
    }

    /**
     * The tier rule, shared by every way of looking genes up: for each term (with its normalised key), the first
     * tier with hits decides; one gene is a match, several are ambiguous.
     */
    public static GeneResolution classify(Map<String, String> keyOfTerm, Map<String, List<Hit>> hits) {
        List<GeneResolution.GeneMatch> matches = new ArrayList<>();
        List<GeneResolution.AmbiguousTerm> ambiguous = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (var e : keyOfTerm.entrySet()) {
            List<Hit> found = hits.getOrDefault(e.getValue(), List.of());
            if (found.isEmpty()) {
                unmatched.add(e.getKey());
                continue;
            }
            boolean placed = false;
            for (Set<String> tier : TIERS) {
                // the first tier naming any gene decides: one gene is a match, several are ambiguous
                Hit first = null;
                boolean several = false;
                for (Hit h : found) {
                    if (tier.contains(h.kind())) {
                        if (first == null) {
                            first = h;
                        } else if (!first.gene().hgncId().equals(h.gene().hgncId())) {
                            several = true;
                        }
                    }
                }
                if (first == null) {
                    continue;
                }
                if (!several) {
                    matches.add(new GeneResolution.GeneMatch(e.getKey(), first.gene(), first.kind()));
                } else {
                    Map<String, Hit> genes = new LinkedHashMap<>();
                    found.stream().filter(h -> tier.contains(h.kind())).forEach(h -> genes.putIfAbsent(h.gene().hgncId(), h));
                    ambiguous.add(new GeneResolution.AmbiguousTerm(e.getKey(),
                            genes.values().stream().map(Hit::gene).toList()));
                }
                placed = true;
                break;
            }
            if (!placed) {
                unmatched.add(e.getKey());
            }
        }
        return new GeneResolution(matches, ambiguous, unmatched);
    }

    /** Each term with its normalised key, in input order; the list is size-checked. */
    public static Map<String, String> keys(List<String> terms, String field) {
        if (terms.size() > MAX_TERMS) {
            throw new BadInputException(field + ": at most " + MAX_TERMS + " identifiers per request, got " + terms.size());
        }
        Map<String, String> keyOfTerm = new LinkedHashMap<>();
        for (String term : terms) {
            keyOfTerm.put(term, key(term));
        }
        return keyOfTerm;
    }

    /** One gene or null if unknown; an ambiguous identifier is an error that lists the candidates. */
    public Gene resolveOne(String term, String field) {
        GeneResolution r = resolve(List.of(Identifiers.require(term, field)));
        if (!r.ambiguous().isEmpty()) {
            var candidates = r.ambiguous().get(0).candidates().stream()
                    .map(g -> g.symbol() + " (" + g.hgncId() + ")").toList();
            throw new BadInputException(field + ": '" + term + "' is ambiguous; it names " + String.join(", ", candidates)
                    + ". Use an approved symbol or an HGNC, Entrez or Ensembl id.");
        }
        return r.matches().isEmpty() ? null : r.matches().get(0).gene();
    }

    /** Like {@link #resolveOne} but an unknown gene is NOT_FOUND. */
    public Gene require(String term, String field) {
        Gene g = resolveOne(term, field);
        if (g == null) {
            throw new NotFoundException(field + ": no gene is known as '" + term
                    + "' (tried approved and previous symbols, aliases, HGNC, Entrez and Ensembl ids)");
        }
        return g;
    }


    /** Lower-cased, trimmed; Ensembl version suffixes dropped; a bare HGNC number is not taken for Entrez. */
    public static String key(String term) {
        String t = Identifiers.lookupKey(term);
        if (t.startsWith("ensg") && t.indexOf('.') > 0 && VERSIONED_ENSEMBL.matcher(t).matches()) {
            t = t.substring(0, t.indexOf('.'));
        }
        return t;
    }

    private static KeyHit hit(org.neo4j.driver.Record r) {
        return new KeyHit(r.get("key").asString(), new Hit(r.get("kind").asString(), Gene.from(r.get("gene").asMap())));
    }

    /** A gene that a key names, and how (symbol, hgnc, entrez, ensembl, previous, alias). */
    public record Hit(String kind, Gene gene) {
    }

    private record KeyHit(String key, Hit hit) {
    }
}

package org.gluegraph.enrichment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gene sets held compactly in memory: genes are numbered once, each set is a sorted int array of gene numbers,
 * so that a test over thousands of sets is a few array scans and never a database query.
 */
public final class GeneSetSnapshot {

    private final List<String> genes;
    private final Map<String, Integer> indexOf;
    private final List<GeneSet> sets;
    private final Map<String, String> collectionVersions;
    /** Sets per collection: what a request's cost is weighed by, once per enrichment field (500 aliases: 500 times). */
    private final Map<String, Integer> setCounts = new HashMap<>();

    private GeneSetSnapshot(List<String> genes, Map<String, Integer> indexOf, List<GeneSet> sets,
            Map<String, String> collectionVersions) {
        this.genes = genes;
        this.indexOf = indexOf;
        this.sets = sets;
        this.collectionVersions = collectionVersions;
        sets.forEach(set -> setCounts.merge(set.collection(), 1, Integer::sum));
    }

    /** Collects sets by gene name; genes get numbers in order of first appearance. */
    public static final class Builder {
        private final List<String> genes = new ArrayList<>();
        private final Map<String, Integer> indexOf = new HashMap<>();
        private final List<GeneSet> sets = new ArrayList<>();
        private final Map<String, String> versions = new LinkedHashMap<>();

        public int gene(String id) {
            return indexOf.computeIfAbsent(id, k -> {
                genes.add(k);
                return genes.size() - 1;
            });
        }

        public Builder collection(String name, String version) {
            versions.put(name, version);
            return this;
        }

        public Builder set(String id, String name, String collection, Iterable<String> members) {
            BitSet seen = new BitSet();
            for (String m : members) {
                seen.set(gene(m));
            }
            sets.add(new GeneSet(id, name, collection, seen.stream().toArray()));
            return this;
        }

        public GeneSetSnapshot build() {
            return new GeneSetSnapshot(List.copyOf(genes), java.util.Collections.unmodifiableMap(new HashMap<>(indexOf)), List.copyOf(sets), Map.copyOf(versions));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> genes() {
        return genes;
    }

    /** The gene's number, or -1 if no set (and no universe given so far) knows it. */
    public int indexOf(String gene) {
        Integer i = indexOf.get(gene);
        return i == null ? -1 : i;
    }

    public List<GeneSet> sets() {
        return sets;
    }

    public Map<String, String> collectionVersions() {
        return collectionVersions;
    }

    /** The sets of the named collections (all if empty). */
    public List<GeneSet> sets(List<String> collections) {
        if (collections == null || collections.isEmpty()) {
            return sets;
        }
        return sets.stream().filter(s -> collections.contains(s.collection())).toList();
    }

    /** How many sets the named collections hold ({@code sets(collections).size()} without building the list). */
    public int setCount(java.util.Collection<String> collections) {
        int n = 0;
        for (String c : new java.util.HashSet<>(collections)) {
            n += setCounts.getOrDefault(c, 0);
        }
        return n;
    }

    /** Every gene that is a member of at least one of the given sets: the default universe. */
    public static BitSet membersOf(List<GeneSet> sets) {
        BitSet b = new BitSet();
        for (GeneSet s : sets) {
            for (int m : s.members()) {
                b.set(m);
            }
        }
        return b;
    }

    @Override
    public String toString() {
        return "GeneSetSnapshot[" + genes.size() + " genes, " + sets.size() + " sets, " + collectionVersions + "]";
    }

    static int[] sorted(int[] a) {
        int[] c = a.clone();
        Arrays.sort(c);
        return c;
    }
}

package org.gluegraph.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hetionet's TSV node file ({@code id name kind}, ids {@code Kind::identifier}) and SIF edge file
 * ({@code source metaedge target}), read whole and checked before anything is written: a row that is not what the
 * format says stops the file with its name, line and field. Edges are kept as node indexes (the 765,796 edges of the
 * 16-metaedge file take a few MB).
 */
final class HetionetFiles {

    private static final Pattern ENTREZ = Pattern.compile("[1-9][0-9]{0,9}");
    private static final Pattern DRUGBANK = Pattern.compile("DB[0-9]{5}");

    /** One node: its Hetionet id, kind and identifier (the id without {@code Kind::}) and name. */
    record Node(String id, String kind, String identifier, String name) {
    }

    /** The parsed files: nodes in file order; edge i joins node {@code source[i]} to {@code target[i]}. */
    record Data(List<Node> nodes, int[] source, int[] target, byte[] metaedge, List<HetionetMetaedges.Metaedge> metaedges,
                Map<String, Integer> nodesPerKind, Map<String, Integer> edgesPerMetaedge, String sha256) {

        int edges() {
            return source.length;
        }
    }

    private HetionetFiles() {
    }

    static Data read(Path nodesFile, Path edgesFile) {
        List<Node> nodes = new ArrayList<>(50_000);
        Map<String, Integer> index = new HashMap<>(100_000);
        Map<String, Integer> perKind = new LinkedHashMap<>();
        String nodesSha;
        try (InputFile in = InputFile.open(nodesFile)) {
            header(in, "id", "name", "kind");
            String line;
            while ((line = in.next()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = InputFile.fields(line, 3);
                if (f == null || f.length != 3) {
                    throw in.error(null, "expected 3 tab-separated fields (id, name, kind), found "
                            + (f == null ? "more" : Integer.toString(f.length)));
                }
                String id = f[0];
                String kind = f[2];
                if (!HetionetMetaedges.LABELS.containsKey(kind)) {
                    throw in.error("kind", "expected one of " + String.join(", ", HetionetMetaedges.LABELS.keySet())
                            + ", found '" + kind + "'");
                }
                if (!id.startsWith(kind + "::") || id.length() == kind.length() + 2) {
                    throw in.error("id", "expected '" + kind + "::<identifier>', found '" + id + "'");
                }
                String identifier = id.substring(kind.length() + 2);
                if (kind.equals("Gene") && !ENTREZ.matcher(identifier).matches()) {
                    throw in.error("id", "a Gene id is an Entrez gene id (Gene::51185), found '" + id + "'");
                }
                if (kind.equals("Compound") && !DRUGBANK.matcher(identifier).matches()) {
                    throw in.error("id", "a Compound id is a DrugBank id (Compound::DB00480), found '" + id + "'");
                }
                if (f[1].isBlank()) {
                    throw in.error("name", "must not be empty");
                }
                if (index.putIfAbsent(id, nodes.size()) != null) {
                    throw in.error("id", "node '" + id + "' appears twice");
                }
                nodes.add(new Node(id, kind, identifier, f[1].strip()));
                perKind.merge(kind, 1, Integer::sum);
            }
            if (nodes.isEmpty()) {
                throw in.error(null, "no nodes");
            }
            nodesSha = in.sha256();
        }

        List<HetionetMetaedges.Metaedge> metaedges = new ArrayList<>(HetionetMetaedges.ALL.values());
        Map<String, Integer> metaedgeIndex = new HashMap<>();
        for (int i = 0; i < metaedges.size(); i++) {
            metaedgeIndex.put(metaedges.get(i).abbreviation(), i);
        }
        int capacity = 1 << 20;
        int[] source = new int[capacity];
        int[] target = new int[capacity];
        byte[] metaedge = new byte[capacity];
        int n = 0;
        int[] perMetaedge = new int[metaedges.size()];
        String edgesSha;
        try (InputFile in = InputFile.open(edgesFile)) {
            header(in, "source", "metaedge", "target");
            String line;
            while ((line = in.next()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = InputFile.fields(line, 3);
                if (f == null || f.length != 3) {
                    throw in.error(null, "expected 3 tab-separated fields (source, metaedge, target), found "
                            + (f == null ? "more" : Integer.toString(f.length)));
                }
                Integer m = metaedgeIndex.get(f[1]);
                if (m == null) {
                    throw in.error("metaedge", "unknown metaedge '" + f[1] + "'; expected one of "
                            + String.join(", ", HetionetMetaedges.ALL.keySet()));
                }
                HetionetMetaedges.Metaedge me = metaedges.get(m);
                Integer s = index.get(f[0]);
                Integer t = index.get(f[2]);
                if (s == null) {
                    throw in.error("source", "node '" + f[0] + "' is not in " + nodesFile);
                }
                if (t == null) {
                    throw in.error("target", "node '" + f[2] + "' is not in " + nodesFile);
                }
                if (!nodes.get(s).kind().equals(me.sourceKind())) {
                    throw in.error("source", me.abbreviation() + " starts at a " + me.sourceKind() + ", found '"
                            + f[0] + "'");
                }
                if (!nodes.get(t).kind().equals(me.targetKind())) {
                    throw in.error("target", me.abbreviation() + " ends at a " + me.targetKind() + ", found '"
                            + f[2] + "'");
                }
                if (n == source.length) {
                    source = Arrays.copyOf(source, n * 2);
                    target = Arrays.copyOf(target, n * 2);
                    metaedge = Arrays.copyOf(metaedge, n * 2);
                }
                source[n] = s;
                target[n] = t;
                metaedge[n] = (byte) (int) m;
                perMetaedge[m]++;
                n++;
            }
            if (n == 0) {
                throw in.error(null, "no edges");
            }
            edgesSha = in.sha256();
        }
        Map<String, Integer> perType = new LinkedHashMap<>();
        for (int i = 0; i < metaedges.size(); i++) {
            if (perMetaedge[i] > 0) {
                perType.put(metaedges.get(i).abbreviation(), perMetaedge[i]);
            }
        }
        return new Data(nodes, Arrays.copyOf(source, n), Arrays.copyOf(target, n), Arrays.copyOf(metaedge, n),
                metaedges, perKind, perType, nodesSha + "+" + edgesSha);
    }

    private static void header(InputFile in, String... columns) {
        String first = in.next();
        String expected = String.join("\t", columns);
        if (first == null || !first.replace("\uFEFF", "").equals(expected)) {
            throw in.error(null, "expected the header '" + expected.replace("\t", "<tab>") + "', found "
                    + (first == null ? "an empty file" : "'" + first.replace("\t", "<tab>") + "'"));
        }
    }
}

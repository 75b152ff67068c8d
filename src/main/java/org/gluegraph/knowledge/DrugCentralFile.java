package org.gluegraph.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DrugCentral's {@code drug.target.interaction.tsv.gz}: a header, then one drug–target activity per row, text fields
 * in double quotes, numbers bare. Read whole and checked before anything is written; a row that is not what the
 * format says stops the file with its name, line and field.
 */
final class DrugCentralFile {

    static final List<String> COLUMNS = List.of("DRUG_NAME", "STRUCT_ID", "TARGET_NAME", "TARGET_CLASS", "ACCESSION",
            "GENE", "SWISSPROT", "ACT_VALUE", "ACT_UNIT", "ACT_TYPE", "ACT_COMMENT", "ACT_SOURCE", "RELATION", "MOA",
            "MOA_SOURCE", "ACT_SOURCE_URL", "MOA_SOURCE_URL", "ACTION_TYPE", "TDL", "ORGANISM");
    private static final Pattern STRUCT_ID = Pattern.compile("[1-9][0-9]{0,9}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** One row; {@code genes} are the GENE column's symbols ({@code |}-separated upstream). */
    record Row(long line, String drugName, long structId, String targetName, String targetClass, String accession,
               List<String> genes, String swissprot, Double actValue, String actUnit, String actType,
               String actComment, String actSource, String relation, boolean moa, String moaSource,
               String actSourceUrl, String moaSourceUrl, String actionType, String tdl, String organism) {

        boolean human() {
            return "Homo sapiens".equals(organism);
        }
    }

    record Data(List<Row> rows, String sha256) {
    }

    private DrugCentralFile() {
    }

    static Data read(Path file) {
        List<Row> rows = new ArrayList<>(20_000);
        Map<Long, String> names = new HashMap<>();
        try (InputFile in = InputFile.open(file)) {
            String header = in.next();
            if (header == null) {
                throw in.error(null, "empty file; expected the header " + String.join(", ", COLUMNS));
            }
            String[] h = InputFile.fields(header.replace("\uFEFF", ""), COLUMNS.size());
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; h != null && i < h.length; i++) {
                col.put(unquote(h[i]), i);
            }
            for (String c : COLUMNS) {
                if (!col.containsKey(c)) {
                    throw in.error(c, "missing column; the header must contain " + String.join(", ", COLUMNS));
                }
            }
            String line;
            while ((line = in.next()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] raw = InputFile.fields(line, COLUMNS.size());
                if (raw == null || raw.length != COLUMNS.size()) {
                    throw in.error(null, "expected " + COLUMNS.size() + " tab-separated fields as in the header, found "
                            + (raw == null ? "more" : Integer.toString(raw.length)));
                }
                Map<String, String> v = new HashMap<>();
                for (String c : COLUMNS) {
                    v.put(c, unquote(raw[col.get(c)]).strip());
                }
                String drug = v.get("DRUG_NAME");
                if (drug.isEmpty()) {
                    throw in.error("DRUG_NAME", "must not be empty");
                }
                if (!STRUCT_ID.matcher(v.get("STRUCT_ID")).matches()) {
                    throw in.error("STRUCT_ID", "expected a DrugCentral structure id (a positive integer), found '"
                            + v.get("STRUCT_ID") + "'");
                }
                long struct = Long.parseLong(v.get("STRUCT_ID"));
                String earlier = names.putIfAbsent(struct, drug);
                if (earlier != null && !earlier.equals(drug)) {
                    throw in.error("DRUG_NAME", "STRUCT_ID " + struct + " is '" + earlier + "' on an earlier line, here '"
                            + drug + "'");
                }
                if (v.get("TARGET_NAME").isEmpty()) {
                    throw in.error("TARGET_NAME", "must not be empty");
                }
                Double value = null;
                if (!v.get("ACT_VALUE").isEmpty()) {
                    if (!NUMBER.matcher(v.get("ACT_VALUE")).matches()) {
                        throw in.error("ACT_VALUE", "expected a number, found '" + v.get("ACT_VALUE") + "'");
                    }
                    value = Double.parseDouble(v.get("ACT_VALUE"));
                }
                String moa = v.get("MOA");
                if (!moa.isEmpty() && !moa.equals("0") && !moa.equals("1")) {
                    throw in.error("MOA", "expected 1 (a mechanism-of-action target), 0 or empty, found '" + moa + "'");
                }
                List<String> genes = new ArrayList<>();
                for (String g : v.get("GENE").split("\\|")) {
                    if (!g.isBlank()) {
                        genes.add(g.strip());
                    }
                }
                rows.add(new Row(in.line(), drug, struct, v.get("TARGET_NAME"), blank(v.get("TARGET_CLASS")),
                        blank(v.get("ACCESSION")), List.copyOf(genes), blank(v.get("SWISSPROT")), value,
                        blank(v.get("ACT_UNIT")), blank(v.get("ACT_TYPE")), blank(v.get("ACT_COMMENT")),
                        blank(v.get("ACT_SOURCE")), blank(v.get("RELATION")), moa.equals("1"),
                        blank(v.get("MOA_SOURCE")), blank(v.get("ACT_SOURCE_URL")), blank(v.get("MOA_SOURCE_URL")),
                        blank(v.get("ACTION_TYPE")), blank(v.get("TDL")), blank(v.get("ORGANISM"))));
            }
            if (rows.isEmpty()) {
                throw in.error(null, "no rows");
            }
            return new Data(rows, in.sha256());
        }
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String unquote(String f) {
        return f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"' ? f.substring(1, f.length() - 1) : f;
    }
}

package org.gluegraph.contrast;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.gluegraph.graph.Graph;
import org.gluegraph.security.ApiKeys;
import org.gluegraph.security.Role;
import org.gluegraph.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * All of a contrast's per-gene results in one TSV (NA for DESeq2's NA), ordered like {@code Contrast.results}: what
 * a volcano plot or a spreadsheet needs at once, where the paged GraphQL connection would take a hundred requests.
 */
@RestController
class ContrastResultsController {

    static final String HEADER = "symbol\thgncId\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj\n";

    private final ContrastService contrasts;
    private final Graph graph;
    private final ApiKeys keys;

    ContrastResultsController(ContrastService contrasts, Graph graph, ApiKeys keys) {
        this.contrasts = contrasts;
        this.graph = graph;
        this.keys = keys;
    }

    @GetMapping("/api/contrasts/{id}/results")
    ResponseEntity<byte[]> results(@PathVariable String id,
                                   @RequestHeader(value = "Authorization", required = false) String authorization) {
        if (keys.requireKeyForReads()) {
            keys.caller(authorization).require(Role.READER, "contrast results");
        }
        Contrast c = contrasts.byIdOrName(id);
        if (c == null) {
            throw new NotFoundException("id: no contrast has the id or name '" + id + "'");
        }
        StringBuilder out = new StringBuilder(HEADER);
        List<String> rows = graph.readListLarge("contrast/results-table", Map.of("id", c.id()), r -> {
            StringBuilder line = new StringBuilder(96);
            line.append(r.get("symbol").asString()).append('\t').append(r.get("hgncId").asString());
            for (String f : List.of("baseMean", "log2FoldChange", "lfcSE", "stat", "pvalue", "padj")) {
                var v = r.get(f);
                line.append('\t').append(v.isNull() ? "NA" : Double.toString(v.asDouble()));
            }
            return line.append('\n').toString();
        });
        rows.forEach(out::append);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + c.name() + "_results.tsv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}

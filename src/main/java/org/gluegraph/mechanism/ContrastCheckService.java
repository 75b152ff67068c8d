package org.gluegraph.mechanism;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gluegraph.contrast.ExpressionLookup;
import org.gluegraph.contrast.ExpressionResult;
import org.gluegraph.curation.Relation;
import org.gluegraph.drug.Drug;
import org.gluegraph.drug.DrugService;
import org.gluegraph.gene.Gene;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Page;
import org.springframework.stereotype.Service;

/**
 * {@code contrastCheck}: each mechanism end point (paths of up to four hops) and each resistance gene of the
 * curated graph, with the claim that makes the prediction (a path's last claim), checked against a contrast at the
 * level where that claim acts.
 */
@Service
public class ContrastCheckService {

    static final int HOPS = 4;

    private final MechanismService mechanisms;
    private final DrugService drugs;
    private final ExpressionLookup expression;

    public ContrastCheckService(MechanismService mechanisms, DrugService drugs, ExpressionLookup expression) {
        this.mechanisms = mechanisms;
        this.drugs = drugs;
        this.expression = expression;
    }

    public ContrastCheck check(String contrast, String drugTerm, Double padjBelow) {
        double alpha = padjBelow == null ? ExpressionCheck.DEFAULT_PADJ : padjBelow;
        if (!(alpha > 0 && alpha <= 1)) {
            throw new BadInputException("padjBelow: expected a number in (0, 1], got " + alpha);
        }
        String contrastId = expression.contrastId(contrast, "contrast");
        List<Drug> which = drugTerm == null
                ? drugs.list(new Page(0, 10_000)).edges().stream().map(e -> e.node()).toList()
                : List.of(drugs.require(drugTerm, "drug"));

        record Prediction(Gene gene, String claimId, Drug drug, ContrastCheck.Kind kind, int sign, boolean transcript) {
        }
        Map<String, Prediction> predictions = new LinkedHashMap<>();
        for (Drug d : which) {
            for (MechanismPath p : mechanisms.mechanism(d.id(), null, HOPS, null, false)) {
                if (p.nodes().get(p.nodes().size() - 1) instanceof Gene g) {
                    Relation last = p.relations().get(p.relations().size() - 1);
                    predictions.putIfAbsent(d.id() + "|" + last.claimId() + "|" + p.predictedSign(),
                            new Prediction(g, last.claimId(), d, ContrastCheck.Kind.MECHANISM, p.predictedSign(),
                                    last.transcriptLevel()));
                }
            }
            for (ResistanceFinding f : mechanisms.resistance(d.id(), null, false)) {
                predictions.putIfAbsent(d.id() + "|" + f.relation().claimId(), new Prediction(f.gene(),
                        f.relation().claimId(), d, ContrastCheck.Kind.RESISTANCE, f.direction().equals("HIGH") ? 1 : -1, f.relation().transcriptLevel()));
            }
        }
        Map<String, ExpressionResult> observed = expression.forGenes(contrastId,
                predictions.values().stream().map(p -> p.gene().hgncId()).distinct().toList());
        List<ContrastCheck.Item> items = new ArrayList<>(predictions.size());
        for (Prediction p : predictions.values()) {
            ExpressionResult obs = observed.get(p.gene().hgncId());
            items.add(new ContrastCheck.Item(p.gene(), p.claimId(), p.drug(), p.kind(), p.sign(), obs,
                    ExpressionCheck.of(p.transcript(), p.sign(), obs, alpha)));
        }
        return new ContrastCheck(contrastId, alpha, items);
    }
}

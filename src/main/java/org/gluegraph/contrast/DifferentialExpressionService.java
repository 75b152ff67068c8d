package org.gluegraph.contrast;

import java.nio.file.Path;

import org.gluegraph.expression.DifferentialExpression;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.shared.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Runs DESeq2 on a stored dataset and attaches the result to the genes (the runDifferentialExpression mutation). */
@Service
public class DifferentialExpressionService {

    private static final Logger log = LoggerFactory.getLogger(DifferentialExpressionService.class);

    private final DatasetStore datasets;
    private final ContrastWriter writer;

    public DifferentialExpressionService(DatasetStore datasets, ContrastWriter writer) {
        this.datasets = datasets;
        this.writer = writer;
    }

    public record Request(String dataset, String name, String design, String factor, String numerator,
            String denominator) {
    }

    public ContrastWriter.Attached run(Request r) {
        require("name", r.name());
        require("design", r.design());
        require("factor", r.factor());
        require("numerator", r.numerator());
        require("denominator", r.denominator());
        Path[] files = datasets.files(r.dataset());
        ContrastSpec contrast = new ContrastSpec(r.factor().strip(), r.numerator().strip(), r.denominator().strip());
        DifferentialExpression.Run run = DifferentialExpression.run(r.name().strip(), files[0], files[1], r.design(),
                contrast, DeseqOptions.defaults(), (step, ms) -> log.info("DE {} / {}: {} ms", r.name(), step, ms));
        return writer.attach(run.request());
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("input." + field + ": must not be empty");
        }
    }
}

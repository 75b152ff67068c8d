package org.gluegraph.contrast;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.gluegraph.expression.DifferentialExpression;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.expression.io.ExperimentBuilder;
import org.gluegraph.expression.io.SampleSheet;
import org.gluegraph.expression.io.SampleSheetReader;
import org.gluegraph.shared.BadInputException;
import org.gluegraph.shared.Budget;
import org.gluegraph.shared.TryLaterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Runs DESeq2 on a stored dataset and attaches the result to the genes (the runDifferentialExpression mutation). */
@Service
public class DifferentialExpressionService {

    private static final Logger log = LoggerFactory.getLogger(DifferentialExpressionService.class);

    private final DatasetStore datasets;
    private final ContrastWriter writer;
    private final AnalysisProperties props;
    private final Semaphore running;

    public DifferentialExpressionService(DatasetStore datasets, ContrastWriter writer, AnalysisProperties props) {
        this.datasets = datasets;
        this.writer = writer;
        this.props = props;
        this.running = new Semaphore(Math.max(1, props.maxConcurrent()));
    }

    public record Request(String dataset, String name, String design, String factor, String numerator,
            String denominator) {
    }

    /**
     * Everything that can be checked without computing is checked first, in this order: the fields, the name, the
     * dataset, the memory the run needs (from the dataset's shape, against the free heap), the design and contrast
     * against the sample sheet, and whether the author may write a contrast of that name; only then is the count
     * table read and the engine run.
     */
    public ContrastWriter.Attached run(Request r, ContrastWriter.Author author) {
        require("name", r.name());
        require("design", r.design());
        require("factor", r.factor());
        require("numerator", r.numerator());
        require("denominator", r.denominator());
        String name = ContrastWriter.checkName(r.name().strip());
        DatasetStore.Dataset dataset = datasets.get(r.dataset());
        Path[] files = datasets.files(r.dataset());
        Runtime heap = Runtime.getRuntime();
        new MemoryEstimate(dataset.genes(), dataset.samples())
                .check(heap.maxMemory() - (heap.totalMemory() - heap.freeMemory()), heap.maxMemory());
        ContrastSpec contrast = new ContrastSpec(r.factor().strip(), r.numerator().strip(), r.denominator().strip());
        checkDesign(files[1], r.design(), contrast);
        writer.checkMayWrite(name, author);
        if (!running.tryAcquire()) {
            throw new TryLaterException("runDifferentialExpression: " + props.maxConcurrent() + " run(s) are in "
                    + "progress, as many as this server takes at once (gluegraph.analysis.max-concurrent); try again "
                    + "when it has finished", Duration.ofSeconds(30));
        }
        try {
            Budget budget = Budget.current();
            budget.extendTo(props.timeout());
            DifferentialExpression.Run run = DifferentialExpression.run(name, files[0], files[1],
                    r.design(), contrast, DeseqOptions.defaults(), (step, ms) -> {
                        log.info("DE {} / {}: {} ms", name, step, ms);
                        budget.check(); // between steps: stops when the run's time is spent or its client gone
                    });
            budget.check();
            return writer.attach(run.request(), author);
        } finally {
            running.release();
        }
    }

    /**
     * The design and contrast, checked by the engine's own rules against the sample sheet alone (a table of the
     * sheet's samples and no genes stands in for the counts, whose samples the upload already matched to the
     * sheet): a factor or level that is not there is refused before the count table is read.
     */
    private static void checkDesign(Path samples, String design, ContrastSpec contrast) {
        SampleSheet sheet = SampleSheetReader.read(samples);
        DesignFormula formula = DesignFormula.parse(design, sheet);
        ExperimentBuilder.build(new CountTable(samples.getFileName().toString(), List.of(), sheet.sampleIds(),
                new int[0][]), sheet, formula, contrast);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("input." + field + ": must not be empty");
        }
    }
}

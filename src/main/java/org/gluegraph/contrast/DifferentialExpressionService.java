package org.gluegraph.contrast;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import org.gluegraph.expression.DeAnalysis;
import org.gluegraph.expression.DifferentialExpression;
import org.gluegraph.expression.internal.AltHypothesis;
import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.TestSpec;
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

    /**
     * The mutation's input (GraphQL DifferentialExpressionInput). A factor contrast (factor, numerator,
     * denominator) or a coefficient by its resultsNames name chooses the reported log2 fold change; the Wald test
     * needs exactly one of them, the LRT at most one (neither: the last coefficient, as DESeq2's results()).
     */
    public record Request(String dataset, String name, String design, String factor, String numerator,
            String denominator, String coefficient, TestSpec.Kind test, String reduced, Double lfcThreshold,
            AltHypothesis altHypothesis, Double alpha, List<String> factors, List<Reference> references) {

        /** Requests of the first version of the input: a factor contrast, the Wald test, DESeq2's defaults. */
        public Request(String dataset, String name, String design, String factor, String numerator,
                String denominator) {
            this(dataset, name, design, factor, numerator, denominator, null, null, null, null, null, null, null,
                    null);
        }
    }

    /** GraphQL ReferenceLevelInput: the reference level of a factor (R's relevel). */
    public record Reference(String factor, String level) {
    }

    /**
     * Everything that can be checked without computing is checked first, in this order: the fields (alone and
     * together, by the engine's rules: {@link DeAnalysis}), the name, the dataset, the memory the run needs (from
     * the dataset's shape, against the free heap), the design, contrast, coefficient and reduced design against
     * the sample sheet, and whether the author may write a contrast of that name; only then is the count table
     * read and the engine run.
     */
    public ContrastWriter.Attached run(Request r, ContrastWriter.Author author) {
        require("name", r.name());
        require("design", r.design());
        DeAnalysis analysis = analysis(r);
        String name = ContrastWriter.checkName(r.name().strip());
        DatasetStore.Dataset dataset = datasets.get(r.dataset());
        Path[] files = datasets.files(r.dataset());
        Runtime heap = Runtime.getRuntime();
        new MemoryEstimate(dataset.genes(), dataset.samples())
                .check(heap.maxMemory() - (heap.totalMemory() - heap.freeMemory()), heap.maxMemory());
        try {
            analysis.check(SampleSheetReader.read(files[1]));
        } catch (DeAnalysis.OptionException e) {
            throw optionError(e);
        }
        writer.checkMayWrite(name, author);
        if (!running.tryAcquire()) {
            throw new TryLaterException("runDifferentialExpression: " + props.maxConcurrent() + " run(s) are in "
                    + "progress, as many as this server takes at once (gluegraph.analysis.max-concurrent); try again "
                    + "when it has finished", Duration.ofSeconds(30));
        }
        try {
            Budget budget = Budget.current();
            budget.extendTo(props.timeout());
            DifferentialExpression.Run run = DifferentialExpression.run(name, files[0], files[1], dataset.roundedCounts(), analysis,
                    DeseqOptions.defaults().threads(), (step, ms) -> {
                        log.info("DE {} / {}: {} ms", name, step, ms);
                        budget.check(); // between steps: stops when the run's time is spent or its client gone
                    });
            budget.check();
            return writer.attach(run.request(), author);
        } finally {
            running.release();
        }
    }

    /** The input's fields as the engine's analysis; every error names the input field. */
    static DeAnalysis analysis(Request r) {
        List<String> triple = java.util.Arrays.asList(r.factor(), r.numerator(), r.denominator());
        long given = triple.stream().filter(v -> v != null && !v.isBlank()).count();
        if (given > 0 && given < 3) {
            String missing = r.factor() == null || r.factor().isBlank() ? "factor"
                    : r.numerator() == null || r.numerator().isBlank() ? "numerator" : "denominator";
            throw new BadInputException("input." + missing + ": a factor contrast needs factor, numerator and"
                    + " denominator (or give none of them and a coefficient name)");
        }
        ContrastSpec contrast = given == 3
                ? new ContrastSpec(r.factor().strip(), r.numerator().strip(), r.denominator().strip()) : null;
        TestSpec.Kind test = r.test() == null ? TestSpec.Kind.WALD : r.test();
        boolean coefficient = r.coefficient() != null;
        if (test == TestSpec.Kind.WALD && contrast == null && !coefficient) {
            throw new BadInputException("input.factor/numerator/denominator or input.coefficient: the Wald test"
                    + " reports one comparison; give a factor contrast or a coefficient name (resultsNames)");
        }
        Map<String, String> references = new LinkedHashMap<>();
        for (Reference ref : r.references() == null ? List.<Reference>of() : r.references()) {
            String f = ref.factor() == null ? "" : ref.factor().strip();
            if (references.put(f, ref.level() == null ? "" : ref.level().strip()) != null) {
                throw new BadInputException("input.references: factor '" + BadInputException.printable(f)
                        + "' given more than once");
            }
        }
        Set<String> factors = new LinkedHashSet<>();
        for (String f : r.factors() == null ? List.<String>of() : r.factors()) {
            factors.add(f == null ? "" : f.strip());
        }
        try {
            return new DeAnalysis(r.design(), contrast, r.coefficient(), factors, references, test,
                    r.reduced() == null || r.reduced().isBlank() ? null : r.reduced(),
                    r.lfcThreshold() == null ? 0 : r.lfcThreshold(), r.altHypothesis(),
                    r.alpha() == null ? DeseqOptions.defaults().alpha() : r.alpha());
        } catch (DeAnalysis.OptionException e) {
            throw optionError(e);
        }
    }

    /** An option error as the API names its field. */
    private static BadInputException optionError(DeAnalysis.OptionException e) {
        String field = switch (e.option()) {
            case DESIGN -> "design";
            case CONTRAST -> "factor/numerator/denominator";
            case COEFFICIENT -> "coefficient";
            case FACTORS -> "factors";
            case REFERENCES -> "references";
            case TEST -> "test";
            case REDUCED -> "reduced";
            case LFC_THRESHOLD -> "lfcThreshold";
            case ALT_HYPOTHESIS -> "altHypothesis";
            case ALPHA -> "alpha";
        };
        return new BadInputException("input." + field + ": " + e.problem());
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("input." + field + ": must not be empty");
        }
    }
}

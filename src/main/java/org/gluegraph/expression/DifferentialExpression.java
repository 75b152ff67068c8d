package org.gluegraph.expression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.DeseqOutcome;
import org.gluegraph.expression.internal.DeseqPipeline;
import org.gluegraph.expression.internal.GeneResult;
import org.gluegraph.expression.internal.ProgressListener;
import org.gluegraph.expression.internal.ResultsSpec;
import org.gluegraph.expression.internal.TestSpec;
import org.gluegraph.expression.io.CountTable;
import org.gluegraph.expression.io.CountTableReader;
import org.gluegraph.expression.io.DesignFormula;
import org.gluegraph.expression.io.ExperimentBuilder;
import org.gluegraph.expression.io.SampleSheet;
import org.gluegraph.expression.io.SampleSheetReader;

/**
 * One differential-expression run from files to an {@link AttachRequest}: read and validate, run the pipeline,
 * record what was compared and a digest of the inputs. Shared by the command line, the seed step and the API.
 */
public final class DifferentialExpression {

    public static final String METHOD = "DESeq2 Wald test (GlueGraph Java implementation of DESeq2 1.38 defaults)";
    public static final String ENGINE = "gluegraph-deseq2/1.38.3-defaults";

    private DifferentialExpression() {
    }

    public record Run(DeseqOutcome outcome, AttachRequest request) {
    }

    public static Run run(String name, Path counts, Path samples, String design, ContrastSpec contrast,
            DeseqOptions options, ProgressListener progress) {
        CountTable table = CountTableReader.read(counts);
        SampleSheet sheet = SampleSheetReader.read(samples);
        DesignFormula formula = DesignFormula.parse(design, sheet);
        DeseqInput input = ExperimentBuilder.build(table, sheet, formula, contrast);
        DeseqOutcome outcome = DeseqPipeline.run(input, formula.model(), TestSpec.wald(), ResultsSpec.of(contrast),
                options, progress);
        return new Run(outcome, request(name, formula.text(), contrast, outcome, digest(counts, samples)));
    }

    public static AttachRequest request(String name, String design, ContrastSpec contrast, DeseqOutcome outcome,
            String digest) {
        List<AttachRequest.Row> rows = new ArrayList<>(outcome.results().size());
        for (GeneResult r : outcome.results()) {
            rows.add(new AttachRequest.Row(r.geneId(), r.baseMean(), na(r.log2FoldChange()), na(r.lfcSE()),
                    na(r.stat()), na(r.pvalue()), na(r.padj())));
        }
        return new AttachRequest(name, design, contrast.factor(), contrast.numerator(), contrast.denominator(),
                METHOD, ENGINE, digest, rows);
    }

    private static Double na(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** sha256 over both input files, so a contrast records exactly which data it came from. */
    public static String digest(Path... files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        md.update(buf, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
import org.gluegraph.expression.internal.DeseqOutcome;
import org.gluegraph.expression.internal.DeseqPipeline;
import org.gluegraph.expression.internal.DesignVariable;
import org.gluegraph.expression.internal.GeneResult;
import org.gluegraph.expression.internal.PlotPca;
import org.gluegraph.expression.internal.ProgressListener;
import org.gluegraph.expression.internal.VarianceStabilizingTransformation;
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
    public static final String METHOD_LRT =
            "DESeq2 likelihood ratio test (GlueGraph Java implementation of DESeq2 1.38 defaults)";
    public static final String ENGINE = "gluegraph-deseq2/1.38.3-defaults";

    private DifferentialExpression() {
    }

    public record Run(DeseqOutcome outcome, AttachRequest request) {
    }

    /**
     * Reads and checks the files, runs DESeq() and results() as the analysis asks, and the samples' VST and PCA
     * ({@link #samplePca}) for the stored contrast.
     */
    public static Run run(String name, Path counts, Path samples, DeAnalysis analysis, int threads,
            ProgressListener progress) {
        return run(name, counts, samples, false, analysis, threads, progress);
    }

    /** @param round the counts are estimates: rounded to integers as DESeqDataSetFromTximport does */
    public static Run run(String name, Path counts, Path samples, boolean round, DeAnalysis analysis, int threads,
            ProgressListener progress) {
        CountTable table = CountTableReader.read(counts, round);
        SampleSheet sheet = SampleSheetReader.read(samples);
        DeAnalysis.Checked checked = analysis.check(sheet);
        DeseqInput input = ExperimentBuilder.build(table, sheet, checked.design(), analysis.choices(),
                analysis.contrast());
        DeseqOutcome outcome = DeseqPipeline.run(input, checked.design().model(), checked.test(),
                analysis.results(), analysis.options(threads), progress);
        long t0 = System.nanoTime();
        SamplePca pca = samplePca(input, analysis.pcaGroups(input), threads);
        if (progress != null) {
            progress.step("varianceStabilizingTransformation and plotPCA", (System.nanoTime() - t0) / 1_000_000);
        }
        return new Run(outcome, request(name, analysis, input, outcome, digest(counts, samples), pca));
    }

    /**
     * The samples' coordinates as DESeq2 users draw them: plotPCA(varianceStabilizingTransformation(dds,
     * blind = TRUE), intgroup, returnData = TRUE), on the 500 most variable genes.
     *
     * @param groupedBy intgroup: factors of {@code input} whose levels, joined by ':', make each sample's group
     */
    public static SamplePca samplePca(DeseqInput input, List<String> groupedBy, int threads) {
        VarianceStabilizingTransformation.Result vst = VarianceStabilizingTransformation.blind(input.geneIds(),
                input.sampleIds(), input.counts(), threads);
        PlotPca.Result pca = PlotPca.compute(vst.sampleIds(), vst.values(), PlotPca.NTOP);
        List<String> groups = null;
        if (!groupedBy.isEmpty()) {
            groups = new ArrayList<>(input.sampleIds().size());
            for (int j = 0; j < input.sampleIds().size(); j++) {
                StringBuilder b = new StringBuilder();
                for (String f : groupedBy) {
                    if (b.length() > 0) {
                        b.append(':');
                    }
                    b.append(((DesignVariable.Factor) input.variables().get(f)).values().get(j));
                }
                groups.add(b.toString());
            }
        }
        return new SamplePca(List.copyOf(groupedBy), pca.sampleIds(), groups, pca.pc1(), pca.pc2(),
                pca.percentVar(), pca.genesUsed());
    }

    /**
     * The result to store for a caller that did not keep the counts ({@code de --attach}): the files are read
     * again for the design variables and the samples' PCA.
     */
    public static AttachRequest request(String name, DeAnalysis analysis, DeseqOutcome outcome, Path counts,
            Path samples, boolean round, int threads) {
        CountTable table = CountTableReader.read(counts, round);
        SampleSheet sheet = SampleSheetReader.read(samples);
        DeseqInput input = ExperimentBuilder.build(table, sheet, DesignFormula.parse(analysis.design(), sheet),
                analysis.choices(), analysis.contrast());
        return request(name, analysis, input, outcome, digest(counts, samples),
                samplePca(input, analysis.pcaGroups(input), threads));
    }

    /**
     * The result to store: the rows, what was run, the design variables as fitted (from {@code input}; its counts
     * are not used) and the PCA (or null).
     */
    public static AttachRequest request(String name, DeAnalysis analysis, DeseqInput input, DeseqOutcome outcome,
            String digest, SamplePca pca) {
        List<AttachRequest.Row> rows = new ArrayList<>(outcome.results().size());
        for (GeneResult r : outcome.results()) {
            rows.add(new AttachRequest.Row(r.geneId(), r.baseMean(), na(r.log2FoldChange()), na(r.lfcSE()),
                    na(r.stat()), na(r.pvalue()), na(r.padj())));
        }
        List<AttachRequest.Variable> variables = new ArrayList<>();
        input.variables().forEach((v, d) -> variables.add(new AttachRequest.Variable(v,
                d instanceof DesignVariable.Numeric, d instanceof DesignVariable.Factor f ? f.reference() : null)));
        ContrastSpec contrast = analysis.contrast();
        return new AttachRequest(name, analysis.design(), contrast == null ? null : contrast.factor(),
                contrast == null ? null : contrast.numerator(), contrast == null ? null : contrast.denominator(),
                analysis.lrt() ? METHOD_LRT : METHOD, ENGINE, digest, rows, analysis, variables,
                outcome.resultsNames(), outcome.lfcDescription(), outcome.testDescription(), pca);
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

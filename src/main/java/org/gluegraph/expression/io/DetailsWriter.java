package org.gluegraph.expression.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.gluegraph.expression.internal.DeseqOutcome;
import org.gluegraph.expression.internal.GeneDetails;

/**
 * Writes the intermediate quantities of a run into a folder so they can be compared with DESeq2's
 * sizeFactors(dds) and mcols(dds): sizeFactors.tsv, dispersions.tsv, and run.tsv (key/value: the dispersion
 * fit type, parametric, local or mean, which decides how dispFit was obtained, and dispPriorVar, the variance of
 * the log-normal prior of the MAP dispersions).
 */
public final class DetailsWriter {

    public static final String SIZE_FACTORS = "sizeFactors.tsv";
    public static final String DISPERSIONS = "dispersions.tsv";
    public static final String RUN = "run.tsv";

    private DetailsWriter() {
    }

    public static void write(Path dir, DeseqOutcome outcome) {
        Path sizeFactors = dir.resolve(SIZE_FACTORS);
        try (Writer w = Tsv.open(sizeFactors)) {
            w.write("sample\tsizeFactor\n");
            for (int i = 0; i < outcome.sampleIds().size(); i++) {
                w.write(outcome.sampleIds().get(i) + "\t" + Tsv.number(outcome.sizeFactors()[i]) + "\n");
            }
        } catch (IOException e) {
            throw Tsv.writeFailed(sizeFactors, e);
        }
        List<GeneDetails> details = outcome.details();
        Tsv.writeTable(dir.resolve(DISPERSIONS),
                "gene_id\tdispGeneEst\tdispFit\tdispersion\tdispOutlier\tmaxCooks\treplaced\tconverged",
                details.size(), (line, i) -> {
                    GeneDetails d = details.get(i);
                    line.append(d.geneId())
                            .append('\t').append(Tsv.number(d.dispGeneEst()))
                            .append('\t').append(Tsv.number(d.dispFit()))
                            .append('\t').append(Tsv.number(d.dispersion()))
                            .append('\t').append(Tsv.bool(d.dispOutlier()))
                            .append('\t').append(Tsv.number(d.maxCooks()))
                            .append('\t').append(Tsv.bool(d.replaced()))
                            .append('\t').append(Tsv.bool(d.converged()))
                            .append('\n');
                });
        Path run = dir.resolve(RUN);
        try (Writer w = Tsv.open(run)) {
            w.write("key\tvalue\n");
            w.write("dispersionFitType\t" + outcome.dispersionFitType() + "\n");
            w.write("dispPriorVar\t" + Tsv.number(outcome.dispPriorVar()) + "\n");
            w.write("resultsNames\t" + String.join(",", outcome.resultsNames()) + "\n");
            w.write("log2FoldChange\t" + outcome.lfcDescription() + "\n");
            w.write("pvalue\t" + outcome.testDescription() + "\n");
        } catch (IOException e) {
            throw Tsv.writeFailed(run, e);
        }
    }
}

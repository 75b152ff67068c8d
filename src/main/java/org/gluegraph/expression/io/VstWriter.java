package org.gluegraph.expression.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.gluegraph.expression.internal.PlotPca;
import org.gluegraph.expression.internal.VarianceStabilizingTransformation;

/** Writes VST values (gene_id, then one column per sample) and plotPCA's coordinates. */
public final class VstWriter {

    private VstWriter() {
    }

    public static void values(Path path, VarianceStabilizingTransformation.Result vst) {
        try (Writer w = Tsv.open(path)) {
            w.write("gene_id");
            for (String s : vst.sampleIds()) {
                w.write('\t');
                w.write(s);
            }
            w.write('\n');
            StringBuilder line = new StringBuilder(32 * (vst.sampleIds().size() + 1));
            for (int g = 0; g < vst.geneIds().size(); g++) {
                line.setLength(0);
                line.append(vst.geneIds().get(g));
                for (double v : vst.values()[g]) {
                    line.append('\t').append(Tsv.number(v));
                }
                w.append(line).append('\n');
            }
        } catch (IOException e) {
            throw Tsv.writeFailed(path, e);
        }
    }

    /** sample, PC1, PC2, one line per sample; then a line "percentVar" with the two variance shares. */
    public static void pca(Path path, PlotPca.Result pca) {
        try (Writer w = Tsv.open(path)) {
            w.write("sample\tPC1\tPC2\n");
            for (int j = 0; j < pca.sampleIds().size(); j++) {
                w.write(pca.sampleIds().get(j) + "\t" + Tsv.number(pca.pc1()[j]) + "\t" + Tsv.number(pca.pc2()[j]) + "\n");
            }
            w.write("percentVar\t" + Tsv.number(pca.percentVar()[0]) + "\t" + Tsv.number(pca.percentVar()[1]) + "\n");
        } catch (IOException e) {
            throw Tsv.writeFailed(path, e);
        }
    }
}

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic count table (negative-binomial-like counts, two groups) and its sample sheet, for measuring
 * what a run of a given shape needs: java bench/de/SyntheticCounts.java GENES SAMPLES DIR
 */
public class SyntheticCounts {
    public static void main(String[] a) throws IOException {
        int genes = Integer.parseInt(a[0]);
        int samples = Integer.parseInt(a[1]);
        Path dir = Path.of(a[2]);
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(1);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("counts_" + genes + "x" + samples + ".tsv"))) {
            w.write("gene_id");
            for (int j = 0; j < samples; j++) {
                w.write("\ts" + j);
            }
            w.newLine();
            for (int g = 0; g < genes; g++) {
                double mu = Math.exp(4 + 1.5 * rnd.nextGaussian());
                double shape = 1 / (0.05 + 1 / Math.sqrt(mu + 1));
                w.write("G" + g);
                for (int j = 0; j < samples; j++) {
                    double m = mu * (j % 2 == 1 && g % 10 == 0 ? 1.5 : 1.0);
                    w.write("\t" + poisson(rnd, gamma(rnd, shape) * m / shape));
                }
                w.newLine();
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("samples_" + samples + ".tsv"))) {
            w.write("sample\tcondition\n");
            for (int j = 0; j < samples; j++) {
                w.write("s" + j + "\t" + (j % 2 == 1 ? "B" : "A") + "\n");
            }
        }
    }

    /** Marsaglia-Tsang, shape >= 1 after boosting. */
    static double gamma(SplittableRandom r, double shape) {
        if (shape < 1) {
            return gamma(r, shape + 1) * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian(), v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static long poisson(SplittableRandom r, double lambda) {
        if (lambda > 50) {
            return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
        }
        double l = Math.exp(-lambda), p = 1;
        long k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.gluegraph.expression.internal.ContrastSpec;
import org.gluegraph.expression.internal.DeseqInput;
import org.gluegraph.expression.internal.DeseqOptions;
import org.gluegraph.expression.internal.DeseqPipeline;

/**
 * Time of DESeq2's estimateDispersionsPriorVar step on a design with 2 residual degrees of freedom (its simulated
 * path: 200 x (10,000 chi-square + 10,000 normal draws)): pasilla, treated2 + treated3 vs untreated3 + untreated4,
 * ~ condition, the whole pipeline repeated REPETITIONS times in one JVM. Prints the step's time of each repetition
 * (the pipeline's own "estimateDispersionsPriorVar" progress step), the first one (fresh JVM) and the median of the
 * second half (warm JVM, as in a JMH run).
 * Usage (from the repository root, after ./mvnw -q -o compile):
 *   java -cp target/classes:$(cat bench/out/de/cp.txt) bench/de/PriorVarBench.java [REPETITIONS]
 * (bench/out/de/cp.txt: ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=bench/out/de/cp.txt)
 */
public class PriorVarBench {

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path file = Path.of("src/test/resources/expression/reference/pasilla.counts.tsv.gz");
        List<String> keep = List.of("treated2", "treated3", "untreated3", "untreated4");
        List<String> genes = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split("\t");
            int[] columns = keep.stream().mapToInt(s -> Arrays.asList(header).indexOf(s)).toArray();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                genes.add(f[0]);
                int[] c = new int[columns.length];
                for (int j = 0; j < columns.length; j++) {
                    c[j] = Integer.parseInt(f[columns[j]]);
                }
                rows.add(c);
            }
        }
        Map<String, List<String>> factors = new LinkedHashMap<>();
        factors.put("condition", List.of("treated", "treated", "untreated", "untreated"));
        DeseqInput input = new DeseqInput(genes, keep, rows.toArray(new int[0][]), factors);
        long[] times = new long[repetitions];
        for (int rep = 0; rep < repetitions; rep++) {
            int index = rep;
            DeseqPipeline.run(input, List.of("condition"), new ContrastSpec("condition", "treated", "untreated"),
                    DeseqOptions.defaults(), (step, millis) -> {
                        if (step.equals("estimateDispersionsPriorVar")) {
                            times[index] = millis;
                        }
                    });
        }
        long[] late = Arrays.copyOfRange(times, repetitions / 2, repetitions);
        Arrays.sort(late);
        double median = late.length % 2 == 1 ? late[late.length / 2]
                : (late[late.length / 2 - 1] + late[late.length / 2]) / 2.0;
        System.out.printf("estimateDispersionsPriorVar (ms) per repetition: %s%n", Arrays.toString(times));
        System.out.printf("first (fresh JVM): %d ms; median of repetitions %d-%d: %.1f ms%n", times[0],
                repetitions / 2 + 1, repetitions, median);
    }
}

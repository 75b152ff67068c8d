import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * second half (warm JVM, as in a JMH run); also the CPU time during the step of the pipeline's thread and of the
 * whole process (that one includes the second thread the step uses when THREADS &gt; 1, and the JIT compiler's
 * threads), which is what the step costs when other processes compete for the CPUs. THREADS (default 2) is the
 * pipeline's thread count.
 * Usage (from the repository root, after ./mvnw -q -o compile):
 *   java -cp target/classes:$(cat bench/out/de/cp.txt) bench/de/PriorVarBench.java [REPETITIONS [THREADS]]
 * (bench/out/de/cp.txt: ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=bench/out/de/cp.txt)
 */
public class PriorVarBench {

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threadCount = args.length > 1 ? Integer.parseInt(args[1]) : 2;
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
        DeseqInput input = DeseqInput.ofFactors(genes, keep, rows.toArray(new int[0][]), factors);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] times = new long[repetitions];
        long[] cpu = new long[repetitions];
        long[] processCpu = new long[repetitions];
        for (int rep = 0; rep < repetitions; rep++) {
            int index = rep;
            long[] lastCpu = {threads.getCurrentThreadCpuTime(), os.getProcessCpuTime()};
            DeseqPipeline.run(input, List.of("condition"), new ContrastSpec("condition", "treated", "untreated"),
                    new DeseqOptions(0.1, true, true, 7, false, threadCount), (step, millis) -> {
                        long now = threads.getCurrentThreadCpuTime();
                        long process = os.getProcessCpuTime();
                        if (step.equals("estimateDispersionsPriorVar")) {
                            times[index] = millis;
                            cpu[index] = (now - lastCpu[0]) / 1_000_000;
                            processCpu[index] = (process - lastCpu[1]) / 1_000_000;
                        }
                        lastCpu[0] = now;
                        lastCpu[1] = process;
                    });
        }
        System.out.printf("estimateDispersionsPriorVar wall (ms) per repetition: %s%n", Arrays.toString(times));
        System.out.printf("estimateDispersionsPriorVar CPU of the pipeline thread (ms): %s%n", Arrays.toString(cpu));
        System.out.printf("estimateDispersionsPriorVar CPU of the process (ms):         %s%n",
                Arrays.toString(processCpu));
        System.out.printf("first (fresh JVM): wall %d ms, thread CPU %d ms, process CPU %d ms; median of repetitions"
                + " %d-%d: wall %.1f ms, thread CPU %.1f ms, process CPU %.1f ms (threads %d, load average %.1f)%n",
                times[0], cpu[0], processCpu[0], repetitions / 2 + 1, repetitions, lateMedian(times), lateMedian(cpu),
                lateMedian(processCpu), threadCount, os.getSystemLoadAverage());
    }

    private static double lateMedian(long[] values) {
        long[] late = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(late);
        return late.length % 2 == 1 ? late[late.length / 2] : (late[late.length / 2 - 1] + late[late.length / 2]) / 2.0;
    }
}

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gluegraph.cli.DeCli;
import org.gluegraph.expression.DeArguments;
import org.gluegraph.expression.DeCommand;

/**
 * The DE pipeline in a warm JVM, as the service runs it (runDifferentialExpression): the same `de` run repeated
 * in one process; prints each repetition's pipeline time (DeCommand's "[de] pipeline" line) and the median of the
 * second half of the repetitions (the first half is the JIT's warm-up, as in a JMH run). The data sets are those
 * bench/de/run.sh prepares under bench/out/de/data; SET limits the run to one of them (run.sh --warm does that);
 * THREADS defaults to 2.
 * Usage: java -cp target/classes:<runtime classpath> bench/de/WarmBench.java [REPETITIONS [SET|all [THREADS]]]
 */
public class WarmBench {
    private static final Pattern PIPELINE = Pattern.compile("\\[de\\] pipeline ([0-9.]+) s");

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String[][] sets = {
            {"pasilla", "~ type + condition", "condition,treated,untreated"},
            {"g60000_s24", "~ condition", "condition,B,A"},
            {"g20000_s200", "~ condition", "condition,B,A"},
            {"g60000_s4", "~ condition", "condition,B,A"}}; // 2 vs 2: the low-df prior
        Path data = Path.of("bench/out/de/data");
        Path out = Files.createTempFile("warm-de", ".tsv");
        System.out.println("| data set | pipeline per repetition (s) | median of repetitions " + (repetitions / 2 + 1)
                + "-" + repetitions + " (s) |");
        System.out.println("|---|---|---|");
        for (String[] set : sets) {
            if (args.length > 1 && !args[1].equals("all") && !args[1].equals(set[0])) {
                continue;
            }
            Path counts = data.resolve(set[0]).resolve("counts.tsv");
            if (!Files.exists(counts)) {
                throw new IllegalStateException(counts + " missing: run bench/de/run.sh first");
            }
            DeArguments a = DeCli.parse(new String[] {"--counts", counts.toString(), "--samples",
                data.resolve(set[0]).resolve("samples.tsv").toString(), "--design", set[1], "--contrast", set[2],
                "--out", out.toString(), "--threads", args.length > 2 ? args[2] : "2"});
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < repetitions; r++) {
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                DeCommand.run(a, System.out, new PrintStream(log, true, StandardCharsets.UTF_8));
                Matcher m = PIPELINE.matcher(log.toString(StandardCharsets.UTF_8));
                if (!m.find()) {
                    throw new IllegalStateException("no pipeline line in: " + log);
                }
                times.add(Double.parseDouble(m.group(1)));
            }
            double[] late = times.subList(repetitions / 2, repetitions).stream().mapToDouble(Double::doubleValue)
                    .sorted().toArray();
            double median = late.length % 2 == 1 ? late[late.length / 2]
                    : (late[late.length / 2 - 1] + late[late.length / 2]) / 2;
            System.out.printf("| %s | %s | %.2f |%n", set[0], times, median);
        }
        Files.deleteIfExists(out);
    }
}

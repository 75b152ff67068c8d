import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Does the one (:GraphVersion) node that every write transaction advances as its last statement serialise the
 * writers? W threads write small independent transactions for S seconds each, in three ways: without advancing a
 * version, advancing the one node (what Graph.write does), and advancing one of K stripe nodes at random. Prints
 * commits per second and the median and 99th percentile commit latency. Writes :BenchWrite and :BenchVersion nodes
 * and deletes them afterwards.
 *   java -cp <driver classpath> bench/graph/VersionContention.java bolt://localhost:PORT [W 20] [S 20] [K 16]
 */
public class VersionContention {

    public static void main(String[] a) throws Exception {
        String uri = a[0];
        int writers = a.length > 1 ? Integer.parseInt(a[1]) : 20;
        int seconds = a.length > 2 ? Integer.parseInt(a[2]) : 20;
        int stripes = a.length > 3 ? Integer.parseInt(a[3]) : 16;
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
            try (var s = driver.session()) {
                s.run("UNWIND range(0, $k) AS i MERGE (v:BenchVersion {stripe: i}) ON CREATE SET v.data = 0",
                        Map.of("k", stripes)).consume();
            }
            System.out.println("| scheme | writers | seconds | commits | commits/s | p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (String scheme : List.of("none", "one node", "striped")) {
                run(driver, scheme, writers, seconds, stripes);
            }
            try (var s = driver.session()) {
                s.run("MATCH (n) WHERE n:BenchWrite OR n:BenchVersion CALL (n) { DETACH DELETE n } IN TRANSACTIONS")
                        .consume();
            }
        }
    }

    static void run(Driver driver, String scheme, int writers, int seconds, int stripes) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong commits = new AtomicLong();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            final int me = w;
            Thread t = new Thread(() -> {
                List<Long> lat = new ArrayList<>();
                java.util.SplittableRandom rnd = new java.util.SplittableRandom(me);
                try (var session = driver.session()) {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        int i = n++;
                        long t0 = System.nanoTime();
                        session.executeWrite(tx -> {
                            tx.run("CREATE (:BenchWrite {w: $w, n: $n})", Map.of("w", me, "n", i)).consume();
                            if (scheme.equals("one node")) {
                                tx.run("MATCH (v:BenchVersion {stripe: 0}) SET v.data = v.data + 1 RETURN v.data").consume();
                            } else if (scheme.equals("striped")) {
                                tx.run("MATCH (v:BenchVersion {stripe: $s}) SET v.data = v.data + 1",
                                        Map.of("s", 1 + rnd.nextInt(stripes))).consume();
                            }
                            return null;
                        });
                        lat.add(System.nanoTime() - t0);
                        commits.incrementAndGet();
                    }
                }
                latencies.add(lat.stream().mapToLong(Long::longValue).toArray());
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("| %s | %d | %d | %d | %.0f | %.1f | %.1f |%n", scheme, writers, seconds, commits.get(),
                commits.get() / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }
}

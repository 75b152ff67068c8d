import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers for the crash rounds (bench/crash/run.sh): W curator clients submit claims (and add evidence to every
 * third) until the service dies or S seconds pass, and append each ACKNOWLEDGED claim id (the service answered it
 * without errors) to ACKS, one line per write, flushed at once, so that the file holds exactly what the clients were
 * told was written when the service is killed.
 * Usage: java bench/crash/CrashWriters.java PORT WRITERS SECONDS ACKS ROUND
 * The service must know the keys bench-curator-N:curatorN:CURATOR for N in 1..WRITERS.
 */
public class CrashWriters {
    static final String[] GENES = {"MYC", "IRF4", "IKZF1", "IKZF3", "CRBN", "CDK6", "ADAR", "STAT3", "CTNNB1", "IL2"};

    public static void main(String[] a) throws Exception {
        int port = Integer.parseInt(a[0]);
        int writers = Integer.parseInt(a[1]);
        long end = System.nanoTime() + Long.parseLong(a[2]) * 1_000_000_000L;
        String round = a[4];
        URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Pattern id = Pattern.compile("\"id\":\"(c-[0-9a-f]+)\"");
        try (PrintWriter acks = new PrintWriter(new FileWriter(a[3], true))) {
            List<Thread> threads = new ArrayList<>();
            for (int w = 1; w <= writers; w++) {
                final int me = w;
                Thread t = new Thread(() -> {
                    for (int n = 1; System.nanoTime() < end; n++) {
                        String body = "{\"query\":\"mutation($i: ClaimInput!){ submitClaim(input:$i){ id } }\","
                                + "\"variables\":{\"i\":{\"subject\":\"CC-885\",\"predicate\":\"ACTIVATES\",\"object\":\""
                                + GENES[n % GENES.length] + "\",\"sign\":1,\"context\":\"crash " + round + " w" + me
                                + " n" + n + "\",\"evidence\":[{\"pmid\":\"" + (31_000_000 + me * 100_000 + n)
                                + "\",\"statement\":\"crash test\"}]}}}";
                        try {
                            var res = http.send(post(uri, body, me), HttpResponse.BodyHandlers.ofString());
                            Matcher m = id.matcher(res.body());
                            if (res.statusCode() != 200 || res.body().contains("\"errors\"") || !m.find()) {
                                continue;
                            }
                            String claim = m.group(1);
                            ack(acks, "claim " + claim);
                            if (n % 3 == 0) {
                                String ev = "{\"query\":\"mutation($c: ID!, $e: EvidenceInput!){ addEvidence(claimId:$c,"
                                        + " evidence:$e){ id version } }\",\"variables\":{\"c\":\"" + claim
                                        + "\",\"e\":{\"doi\":\"10.5555/crash." + round + "." + me + "." + n
                                        + "\",\"statement\":\"more\"}}}";
                                var r2 = http.send(post(uri, ev, me), HttpResponse.BodyHandlers.ofString());
                                if (r2.statusCode() == 200 && r2.body().contains("\"version\":2")) {
                                    ack(acks, "evidence " + claim);
                                }
                            }
                        } catch (Exception e) {
                            // the service is gone (killed): stop
                            return;
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    static synchronized void ack(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }

    static HttpRequest post(URI uri, String body, int writer) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer bench-curator-" + writer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}

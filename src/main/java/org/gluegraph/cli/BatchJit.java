package org.gluegraph.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.ObjectName;

/**
 * The JIT of a batch command's own process ({@code de}, {@code vst}, {@code enrich}): C1 only.
 *
 * <p>These runs last seconds, and on a machine of two cores HotSpot's optimising compiler (C2) spends more CPU
 * compiling the engine than its faster code gives back before the run ends, while it takes the core the
 * engine's second thread needs. Measured with {@code java -jar gluegraph.jar de --threads 2} on 2 cores
 * (bench/de/RESULTS.md, 2026-12-02): pasilla's pipeline took 1.7-2.7 s with C2 and 0.8-1.3 s with C1 only;
 * 60,000 genes x 24 samples 5.4 s against 3.2-3.5 s. A JVM cannot be given {@code -XX:TieredStopAtLevel=1}
 * from inside {@code java -jar}, so the command adds the compiler directive that excludes C2 for every method,
 * as {@code jcmd PID Compiler.directives_add} would: methods that would go to C2 are compiled by C1 instead.
 *
 * <p>Only in the command's own process (never in the service or a test JVM, whose code runs for long). Where the
 * JVM has no such command (not HotSpot, no java.management) the default compilers stay. {@code
 * -Dgluegraph.batch.c2=true} keeps C2 (runs of minutes on many cores).
 */
final class BatchJit {

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private BatchJit() {
    }

    /** Adds the directive on a daemon thread (JMX's start costs ~0.25 s, spent beside reading the inputs). */
    static void c1Only() {
        if (Boolean.getBoolean("gluegraph.batch.c2")) {
            return;
        }
        Thread t = new Thread(BatchJit::addDirective, "batch-jit");
        t.setDaemon(true);
        t.start();
    }

    private static void addDirective() {
        Path file = null;
        try {
            file = Files.createTempFile("gluegraph-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // not HotSpot or no management: the default compilers give the same numbers, a little later
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}

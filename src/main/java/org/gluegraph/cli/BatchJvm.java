package org.gluegraph.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The JVM of a batch command ({@code de}, {@code vst}, {@code enrich}) started from the jar: the command runs in a
 * second JVM, started at once with {@code -XX:TieredStopAtLevel=1} (C1 only) and the same options and arguments.
 *
 * <p>These runs last seconds, and on a machine of two cores HotSpot's optimising compiler (C2) spends more CPU
 * compiling the engine than its faster code gives back before the run ends, while it takes the core the engine's
 * second thread needs. The serial collector too, unless the options name one. Measured on 2 cores with {@code de --threads 2} (bench/de/RESULTS.md, 2026-12-02):
 * pasilla's whole process 4.2-4.7 s with C2 and 2.5 s with C1 only; 60,000 genes x 24 samples 7.4 s against
 * 4.5 s. A JVM cannot drop C2 once started from inside: the compiler directive that excludes it (added through
 * JMX, which itself took 0.6 s to start beside the argument parsing) left the run at 3.0-3.2 s and 6.3-6.6 s.
 * Starting a JVM costs 0.3-0.4 s here, so the jar starts the command's JVM and waits for it.
 *
 * <p>Never in the service, a test or a JVM already told which compiler to use; {@code -Dgluegraph.batch.c2=true}
 * keeps the first JVM and its C2 (runs of minutes on many cores). If the second JVM cannot be started the
 * command runs in the first, with the same numbers.
 */
final class BatchJvm {

    /** Set in the second JVM, so that it runs the command instead of starting a third. */
    static final String CHILD = "gluegraph.batch.jvm";

    private BatchJvm() {
    }

    /** The exit code of the command run in a C1-only JVM, or empty when this JVM is to run it itself. */
    static OptionalInt runInC1Jvm(String[] args) {
        if (System.getProperty(CHILD) != null) {
            endWithTheFirstJvm();
            return OptionalInt.empty();
        }
        if (Boolean.getBoolean("gluegraph.batch.c2")) {
            return OptionalInt.empty();
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String java = ProcessHandle.current().info().command().orElse(null);
        String classPath = System.getProperty("java.class.path", "");
        String launched = System.getProperty("sun.java.command", "");
        if (java == null || classPath.isEmpty() || launched.isEmpty()
                || jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:-TieredCompilation"))) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1");
        if (jvmOptions.stream().noneMatch(o -> o.matches("-XX:[+-]Use\\w*GC"))) {
            // the same times as G1 here and a third to a half of the memory (pasilla 250 MB against 340 MB,
            // 20,000 genes x 200 samples 370 MB against 580-840 MB): one short run needs no concurrent collector
            command.add("-XX:+UseSerialGC");
        }
        command.add("-D" + CHILD + "=" + ProcessHandle.current().pid());
        String first = launched.split(" ", 2)[0];
        if (first.equals(classPath) && first.endsWith(".jar")) {
            command.add("-jar"); // java -jar gluegraph.jar ...
            command.add(first);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(first);
        }
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // a TERM or Ctrl-C to this JVM ends the command too (Ctrl-C reaches both through the terminal)
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(60, TimeUnit.SECONDS); // its own shutdown (a database's) first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "batch-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(code);
            } catch (InterruptedException e) {
                // keep waiting: the command's JVM decides when it is done
            } catch (IllegalStateException e) {
                return OptionalInt.of(child.exitValue()); // shutting down already
            }
        }
    }

    /**
     * In the second JVM: ends as a kill would when the first JVM is gone. A TERM or Ctrl-C to the first ends this
     * one through its shutdown hook; a {@code kill -9} leaves no hook to run, and the command (a {@code de --attach}
     * in its transaction, say) must not carry on alone. Checked every 20 ms; the handle knows the first JVM's start
     * time, so a new process with the same number is not taken for it.
     */
    private static void endWithTheFirstJvm() {
        ProcessHandle first;
        try {
            first = ProcessHandle.of(Long.parseLong(System.getProperty(CHILD))).orElse(null);
        } catch (NumberFormatException e) {
            first = null; // started by hand with -Dgluegraph.batch.jvm=true: no first JVM to follow
        }
        if (first == null) {
            return;
        }
        ProcessHandle watched = first;
        Thread watch = new Thread(() -> {
            while (watched.isAlive()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(137); // as the kill -9 it follows: no hooks, no commit
        }, "batch-jvm-first");
        watch.setDaemon(true);
        watch.start();
    }
}

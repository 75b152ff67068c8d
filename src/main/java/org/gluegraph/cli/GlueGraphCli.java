package org.gluegraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line: one parser (picocli) for every command, {@code help} for each, unknown options named,
 * exit code 2 for bad input. Settings of the service ({@code --gluegraph.*}, {@code --spring.*}, {@code --server.*})
 * are passed on to Spring as they are.
 */
@Command(name = GlueGraphCli.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "GlueGraph: a knowledge graph of gene-drug-pathway relations, with DESeq2-style differential"
                + " expression and pathway enrichment.",
        subcommands = {ServeCommand.class, DeCli.class, VstCli.class, EnrichCli.class, LoadCommand.class,
                ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class},
        footer = "%nRun 'java -jar gluegraph.jar COMMAND --help' for a command's options.")
public final class GlueGraphCli implements Runnable {

    static final String NAME = "java -jar gluegraph.jar";

    /**
     * The commands that need neither Spring nor a database (unless asked to attach): the jar builds only the one
     * named. Building the whole tree reflects on every command's methods, which loads the classes of their
     * signatures (Spring's, Neo4j's) by a search through the fat jar's 258 nested jars: 0.5 s of a 1.4 s
     * {@code de --help}, and of every {@code de} run.
     */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> STANDALONE = java.util.Map.of(
            "de", DeCli::new, "vst", VstCli::new, "enrich", EnrichCli::new);

    /** Exit code of bad input or arguments. */
    static final int BAD_INPUT = 2;
    /** What {@code serve} returns: not an exit code, the service keeps running. */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The jar's main: {@link #run}, a batch command in a JVM of its own that compiles with C1 only ({@link BatchJvm}). */
    public static int runProcess(String[] args) {
        if (STANDALONE.containsKey(command(commandArgs(args)))) {
            java.util.OptionalInt code = BatchJvm.runInC1Jvm(args);
            if (code.isPresent()) {
                return code.getAsInt();
            }
        }
        return run(args);
    }

    /** Runs the command line and returns the exit code, or {@link #KEEP_RUNNING} for {@code serve}. */
    public static int run(String[] args) {
        List<String> own = commandArgs(args);
        List<String> spring = new ArrayList<>();
        for (String a : args) {
            if (springSetting(a)) {
                spring.add(a);
            }
        }
        if (own.isEmpty() || !command(own).equals(own.get(0))) {
            own.add(0, "serve");
        }
        CommandLine cli = STANDALONE.containsKey(own.get(0)) ? only(own.get(0), spring) : commandLine(spring);
        return cli.execute(own.toArray(String[]::new));
    }

    /** The arguments that are not service settings (--gluegraph.*, --spring.*, ...), in order. */
    private static List<String> commandArgs(String[] args) {
        List<String> own = new ArrayList<>();
        for (String a : args) {
            if (!springSetting(a)) {
                own.add(a);
            }
        }
        return own;
    }

    /** The command those arguments name: {@code serve} when none is named (no arguments, or options first). */
    private static String command(List<String> own) {
        return own.isEmpty() || own.get(0).startsWith("-") && !isHelpOrVersion(own.get(0)) ? "serve" : own.get(0);
    }

    /** The jar's command line holding one command: the same names in usage and errors, no other command built. */
    static CommandLine only(String name, List<String> springArgs) {
        Object command = STANDALONE.get(name).get();
        if (command instanceof SpringArgs s) {
            s.springArgs(springArgs);
        }
        CommandLine parent = new CommandLine(CommandLine.Model.CommandSpec.create().name(NAME));
        parent.addSubcommand(name, new CommandLine(command));
        return configured(parent);
    }

    static CommandLine commandLine(List<String> springArgs) {
        CommandLine cli = new CommandLine(new GlueGraphCli(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K k = CommandLine.defaultFactory().create(cls);
                if (k instanceof SpringArgs s) {
                    s.springArgs(springArgs);
                }
                return k;
            }
        });
        return configured(cli);
    }

    /**
     * One command run on its own, outside the jar's main (the benchmarks' Spring-free entry point, tests): the
     * same parser, help and exit codes, printing to the given streams.
     */
    static CommandLine standalone(Object command, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return configured(cli);
    }

    /**
     * Bad usage (unknown option, bad value, missing option): one line naming it, a pointer to help, exit 2. Names
     * of choices (--test wald, --method GSEA) are read case-insensitively.
     */
    private static CommandLine configured(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine at = ex.getCommandLine();
            PrintWriter err = at.getErr();
            // an unknown option is the first thing to say: the options it was meant to be may be the missing ones
            CommandLine.ParameterException said = ex instanceof CommandLine.UnmatchedArgumentException
                    || at.getUnmatchedArguments().isEmpty() ? ex
                    : new CommandLine.UnmatchedArgumentException(at, at.getUnmatchedArguments());
            err.println(at.getCommandName() + ": " + said.getMessage());
            if (said instanceof CommandLine.UnmatchedArgumentException u) {
                CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
            }
            err.println("Run '" + at.getCommandSpec().qualifiedName() + " --help' for usage.");
            return BAD_INPUT;
        });
        return cli;
    }

    static boolean springSetting(String a) {
        return a.startsWith("--gluegraph.") || a.startsWith("--spring.") || a.startsWith("--server.")
                || a.startsWith("--logging.") || a.startsWith("--management.");
    }

    private static boolean isHelpOrVersion(String a) {
        return a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V");
    }

    /** A command that needs the service's settings. */
    interface SpringArgs {
        void springArgs(List<String> args);
    }
}

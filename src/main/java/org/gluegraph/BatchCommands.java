package org.gluegraph;

/** The batch commands of the jar (everything but {@code serve}). */
final class BatchCommands {

    private BatchCommands() {
    }

    static int run(String command, String[] args) {
        System.err.println("unknown command '" + command + "'\n" + GlueGraphApplication.USAGE);
        return 2;
    }
}

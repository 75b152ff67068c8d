package org.gluegraph.cli;

import picocli.CommandLine;

/** The jar's version, from its manifest (the build writes it). */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"GlueGraph " + (v == null ? "(development build)" : v)};
    }
}

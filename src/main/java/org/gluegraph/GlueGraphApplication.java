package org.gluegraph;

import org.gluegraph.cli.GlueGraphCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar, several commands: {@code serve} (the default) starts the GraphQL service; the others are batch
 * commands that exit with 0 on success and 2 on bad input.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GlueGraphApplication {

    public static void main(String[] args) {
        int code = GlueGraphCli.runProcess(args);
        if (code != GlueGraphCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}

package org.gluegraph;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One jar, several commands: {@code serve} (the default) starts the GraphQL service; the others are batch
 * commands that exit with 0 on success and 2 on bad input.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GlueGraphApplication {

    static final String USAGE = """
            usage: java -jar gluegraph.jar [command] [options]
              serve (default)   start the GraphQL API (port 8080) on the embedded or configured Neo4j
              de                differential expression (DESeq2 method) from a count matrix and a sample sheet
              vst               DESeq2's variance stabilizing transformation (blind) and plotPCA coordinates
              enrich            pathway enrichment (ORA or preranked GSEA) from files, without a database
              load              bulk-load curated relations and publications (seed-data format)
              export            write the curated graph back to seed-data files
              help              this text
            Run 'java -jar gluegraph.jar COMMAND --help' for a command's options.""";

    public static void main(String[] args) {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
        String[] rest = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "serve" -> SpringApplication.run(GlueGraphApplication.class, rest);
            case "help" -> System.out.println(USAGE);
            default -> {
                int code = BatchCommands.run(command, rest);
                System.exit(code);
            }
        }
    }
}

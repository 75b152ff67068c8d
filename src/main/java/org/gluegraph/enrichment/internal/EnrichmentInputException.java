package org.gluegraph.enrichment.internal;

/** Input the enrichment methods cannot use; the message names the file, line or field and what was expected. */
public class EnrichmentInputException extends org.gluegraph.shared.BadInputException {

    public EnrichmentInputException(String message) {
        super(message);
    }
}

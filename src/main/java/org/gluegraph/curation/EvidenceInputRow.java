package org.gluegraph.curation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One checked piece of evidence a curator gives: a PMID or a DOI (at least one), and the statement it supports. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvidenceInputRow(String pmid, String doi, String statement) {
}

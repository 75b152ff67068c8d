package org.gluegraph.about;

/**
 * A gene-set collection: built in (owner null) or uploaded by a researcher, and how many of its genes map to HGNC
 * genes ({@code genes}: distinct member names of an uploaded file; not recorded for the built-in ones).
 */
public record CollectionInfo(String name, String version, String owner, boolean builtIn, String uploadedAt, long sets,
                             long memberships, Long genes, long mappedGenes, long unmappedGenes, long ambiguousGenes) {
}

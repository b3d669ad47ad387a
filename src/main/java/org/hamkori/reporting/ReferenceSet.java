package org.hamkori.reporting;

/**
 * A data set of kind REFERENCE: figures an international body already published, kept by
 * the regional secretariat for any country and published when saved.
 */
public record ReferenceSet(DataSet set, ReferenceSource source) {
}

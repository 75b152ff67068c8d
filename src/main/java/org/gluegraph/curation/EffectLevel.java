package org.gluegraph.curation;

/**
 * The level at which a claim acts on its object: the amount of its transcript (what RNA-seq measures), the amount
 * of its protein (degradation, destabilisation), or its activity (binding, complex membership, activation). Only
 * TRANSCRIPT-level claims are predictions an expression contrast can test. Checked and defaulted in
 * {@link ClaimRules#level(EffectLevel, Predicate)}.
 */
public enum EffectLevel {
    TRANSCRIPT, PROTEIN, ACTIVITY
}

package org.gluegraph.knowledge;

import java.util.Locale;
import java.util.Set;

/**
 * The predicate and sign of a DrugCentral activity, from its {@code ACTION_TYPE}: the action type itself, upper case
 * with underscores ({@code POSITIVE_ALLOSTERIC_MODULATOR}), or {@code BIOACTIVITY} for a measured activity without
 * one (most rows: a Ki or IC50 from ChEMBL, DrugMatrix, ...). The sign is the effect on the target's activity where
 * the action type says it (inhibitors, antagonists, blockers -1; agonists, activators, openers +1), else none.
 */
final class DrugCentralActions {

    static final String BIOACTIVITY = "BIOACTIVITY";
    private static final Set<String> DOWN = Set.of("INHIBITOR", "ANTAGONIST", "BLOCKER", "NEGATIVE_MODULATOR",
            "NEGATIVE_ALLOSTERIC_MODULATOR", "INVERSE_AGONIST", "ALLOSTERIC_ANTAGONIST", "ANTISENSE_INHIBITOR");
    private static final Set<String> UP = Set.of("AGONIST", "PARTIAL_AGONIST", "ACTIVATOR", "POSITIVE_MODULATOR",
            "POSITIVE_ALLOSTERIC_MODULATOR", "OPENER");

    private DrugCentralActions() {
    }

    static String predicate(String actionType) {
        if (actionType == null || actionType.isBlank()) {
            return BIOACTIVITY;
        }
        return actionType.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    static Integer sign(String actionType) {
        String p = predicate(actionType);
        return DOWN.contains(p) ? Integer.valueOf(-1) : UP.contains(p) ? Integer.valueOf(1) : null;
    }
}

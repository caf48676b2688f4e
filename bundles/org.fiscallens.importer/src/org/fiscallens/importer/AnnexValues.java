package org.fiscallens.importer;

import java.math.BigDecimal;

import org.fiscallens.model.disclosure.Annex;
import org.fiscallens.model.disclosure.AnnexValue;
import org.fiscallens.model.disclosure.DisclosureFactory;

/** Adds values to an annex; the first reading of a label wins (the table before the sentence that restates it). */
final class AnnexValues {

    private final Annex annex;

    AnnexValues(Annex annex) {
        this.annex = annex;
    }

    boolean has(String label) {
        return annex.getValues().stream().anyMatch(v -> label.equals(v.getLabel()));
    }

    /** A figure; value null when the printed text is not a readable number (raw keeps what was printed). */
    void add(String label, BigDecimal value, String raw, int line, int column) {
        if (label == null || has(label)) {
            return;
        }
        AnnexValue v = DisclosureFactory.eINSTANCE.createAnnexValue();
        v.setLabel(label);
        v.setValue(value);
        v.setRaw(raw);
        v.setLine(line);
        v.setSourceColumn(column);
        annex.getValues().add(v);
    }

    void add(String label, Amount amount, int line, int column) {
        add(label, amount.isValue() ? amount.value() : null, amount.raw(), line, column);
    }

    /** A text value such as the grade 优: raw only. */
    void addText(String label, String raw, int line, int column) {
        add(label, null, raw, line, column);
    }
}

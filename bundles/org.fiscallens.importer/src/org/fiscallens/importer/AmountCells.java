package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.CellState;

/**
 * The amounts of one printed row, in order, with OCR splits of a markdown extraction joined: a number cut at its
 * decimal point into two cells ({@code 65. | . 00}, {@code 34. | 91}, {@code 354 | . 93}) or with the digit at the cut
 * printed in both cells ({@code 3802 | 2. 93} = 3802.93) or in the second only ({@code 377 | 1. 75} = 3771.75). A split
 * that fits neither reading ({@code 3793 | 1. 00}) stays one unreadable amount, so the columns keep their order.
 * Text cells are skipped. Tab-separated rows are never joined: there a cell is a cell.
 */
final class AmountCells {

    /** One amount of a row: its reading and where it was printed. */
    record Slot(Amount amount, int column, boolean joined) {
    }

    private static final Pattern INTEGER_PART = Pattern.compile("\\d+\\.?");
    private static final Pattern FRACTION_PART = Pattern.compile("(\\d?)\\s*\\.\\s+(\\d+)|\\.\\s*(\\d+)|(\\d+)");
    private static final int MAX_CONCATENATED_DIGITS = 3;

    private AmountCells() {
    }

    static List<Slot> read(List<GridLine.Cell> cells, boolean joinSplits) {
        List<GridLine.Cell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            GridLine.Cell cell = filled.get(i);
            String text = cell.text().strip();
            if (!Amount.looksNumeric(text)) {
                continue;
            }
            GridLine.Cell next = i + 1 < filled.size() ? filled.get(i + 1) : null;
            if (joinSplits && next != null && INTEGER_PART.matcher(text).matches()) {
                Slot joined = join(text, next.text().strip(), cell.column());
                if (joined != null) {
                    slots.add(joined);
                    i++;
                    continue;
                }
            }
            slots.add(new Slot(Amount.read(text), cell.column(), false));
        }
        return slots;
    }

    private static Slot join(String integer, String fraction, int column) {
        var m = FRACTION_PART.matcher(fraction);
        if (!m.matches()) {
            return null;
        }
        String raw = integer + " | " + fraction;
        String whole = integer.endsWith(".") ? integer.substring(0, integer.length() - 1) : integer;
        if (m.group(4) != null) {
            // "34. | 91": only a cell that ends at the decimal point continues with bare digits
            return integer.endsWith(".") ? slot(whole + "." + m.group(4), raw, column) : null;
        }
        if (m.group(3) != null) {
            return slot(whole + "." + m.group(3), raw, column);
        }
        String cutDigit = m.group(1);
        if (cutDigit.isEmpty()) {
            return slot(whole + "." + m.group(2), raw, column);
        }
        if (integer.endsWith(".")) {
            return null;
        }
        if (whole.endsWith(cutDigit)) {
            return slot(whole + "." + m.group(2), raw, column);
        }
        if (whole.length() <= MAX_CONCATENATED_DIGITS) {
            return slot(whole + cutDigit + "." + m.group(2), raw, column);
        }
        return new Slot(new Amount(CellState.GARBLED, null, raw), column, true);
    }

    private static Slot slot(String number, String raw, int column) {
        Amount read = Amount.read(number);
        return new Slot(new Amount(read.state(), read.value(), raw), column, true);
    }
}

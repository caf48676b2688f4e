package org.fiscallens.importer;

import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.DiagnosticSeverity;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Submission;

/** Records what the importer could not read, with the source line, on the submission. */
final class Diagnostics {

    static final String IO_ERROR = "IO_ERROR";
    static final String EMPTY_FILE = "EMPTY_FILE";
    static final String BINARY_CONTENT = "BINARY_CONTENT";
    static final String ENCODING = "ENCODING";
    static final String ILLEGIBLE = "ILLEGIBLE";
    static final String GHOST_ROW = "GHOST_ROW";
    static final String GARBLED_CELL = "GARBLED_CELL";
    static final String CONFLICTING_READINGS = "CONFLICTING_READINGS";
    static final String RESOLVED_READING = "RESOLVED_READING";
    static final String UNKNOWN_TABLE = "UNKNOWN_TABLE";
    static final String MISSING_TABLE = "MISSING_TABLE";
    static final String TRUNCATED = "TRUNCATED";
    static final String UNATTACHED_TEXT = "UNATTACHED_TEXT";
    static final String UNREAD_GRID = "UNREAD_GRID";
    static final String NO_TABLES = "NO_TABLES";
    static final String ANNEX_ILLEGIBLE = "ANNEX_ILLEGIBLE";
    static final String ANNEX_ROW_MISMATCH = "ANNEX_ROW_MISMATCH";
    static final String SPLIT_AMOUNT = "SPLIT_AMOUNT";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final int MAX_TEXT = 200;

    private final Submission submission;

    Diagnostics(Submission submission) {
        this.submission = submission;
    }

    void error(String code, int line, String message, String text) {
        add(DiagnosticSeverity.ERROR, code, line, message, text);
    }

    void warning(String code, int line, String message, String text) {
        add(DiagnosticSeverity.WARNING, code, line, message, text);
    }

    void info(String code, int line, String message, String text) {
        add(DiagnosticSeverity.INFO, code, line, message, text);
    }

    private void add(DiagnosticSeverity severity, String code, int line, String message, String text) {
        Diagnostic d = DisclosureFactory.eINSTANCE.createDiagnostic();
        d.setSeverity(severity);
        d.setCode(code);
        d.setLine(line);
        d.setMessage(message);
        if (text != null) {
            d.setText(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text);
        }
        submission.getDiagnostics().add(d);
    }
}

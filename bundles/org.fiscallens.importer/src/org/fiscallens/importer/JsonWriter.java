package org.fiscallens.importer;

/** A minimal streaming JSON writer (objects, arrays, strings, numbers) so the importer needs no JSON library. */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private boolean needsComma;
    private int depth;

    JsonWriter beginObject() {
        value();
        out.append('{');
        depth++;
        needsComma = false;
        return this;
    }

    JsonWriter endObject() {
        depth--;
        newline();
        out.append('}');
        needsComma = true;
        return this;
    }

    JsonWriter beginArray() {
        value();
        out.append('[');
        depth++;
        needsComma = false;
        return this;
    }

    JsonWriter endArray() {
        depth--;
        newline();
        out.append(']');
        needsComma = true;
        return this;
    }

    JsonWriter name(String name) {
        if (needsComma) {
            out.append(',');
        }
        newline();
        string(name);
        out.append(": ");
        needsComma = false;
        return this;
    }

    JsonWriter value(String s) {
        value();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        needsComma = true;
        return this;
    }

    JsonWriter value(Number n) {
        value();
        out.append(n == null ? "null" : n instanceof java.math.BigDecimal b ? b.toPlainString() : n.toString());
        needsComma = true;
        return this;
    }

    JsonWriter value(boolean b) {
        value();
        out.append(b);
        needsComma = true;
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, Number value) {
        return name(name).value(value);
    }

    private void value() {
        if (needsComma) {
            out.append(',');
            newline();
        } else if (depth > 0 && out.charAt(out.length() - 1) == '[') {
            newline();
        }
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(Math.max(0, depth)));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

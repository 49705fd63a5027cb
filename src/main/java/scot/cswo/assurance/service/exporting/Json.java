package scot.cswo.assurance.service.exporting;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for command output and documents' data files: objects keep their key order,
 * so scripts and people see fields in the documented order. The output is ASCII (other characters
 * as \\uXXXX), so it reads the same in any code page.
 */
public final class Json {

    private Json() {
    }

    /** An array of objects, one object per line. */
    public static String array(List<? extends Map<String, ?>> objects) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < objects.size(); i++) {
            out.append(i == 0 ? "\n  " : ",\n  ");
            value(out, objects.get(i));
        }
        return out.append(objects.isEmpty() ? "]" : "\n]").toString();
    }

    /** An object, one key per line; nested values on the key's line. */
    public static String object(Map<String, ?> object) {
        StringBuilder out = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<String, ?> entry : object.entrySet()) {
            out.append(i++ == 0 ? "\n  " : ",\n  ");
            string(out, entry.getKey());
            out.append(": ");
            value(out, entry.getValue());
        }
        return out.append(object.isEmpty() ? "}" : "\n}").append('\n').toString();
    }

    private static void value(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(out, text);
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            case Map<?, ?> map -> {
                out.append('{');
                Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
                while (entries.hasNext()) {
                    Map.Entry<?, ?> entry = entries.next();
                    string(out, entry.getKey().toString());
                    out.append(": ");
                    value(out, entry.getValue());
                    if (entries.hasNext()) {
                        out.append(", ");
                    }
                }
                out.append('}');
            }
            case Collection<?> items -> {
                out.append('[');
                Iterator<?> it = items.iterator();
                while (it.hasNext()) {
                    value(out, it.next());
                    if (it.hasNext()) {
                        out.append(", ");
                    }
                }
                out.append(']');
            }
            default -> string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Non-ASCII as \\uXXXX too: the text survives whatever code page a console reads it in.
                    if (c < 0x20 || c >= 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

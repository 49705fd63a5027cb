package scot.cswo.assurance.store;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * A PostgreSQL server address, and nothing else: {@code jdbc:postgresql://host[:port]/database},
 * optionally with a few connection settings that cannot load code, run scripts or write files
 * (sslmode, timeouts, application name). Any other URL, including {@code jdbc:h2:}, is refused.
 */
public record ServerAddress(String host, int port, String database, Map<String, String> options) {
    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(?::(\\d{1,5}))?/([A-Za-z0-9_][A-Za-z0-9_.-]{0,62})"
                    + "(?:\\?(.*))?");
    /** The driver's settings allowed, by name in lower case, with the spelling the driver expects. */
    private static final Map<String, String> SAFE_OPTIONS = Map.of("sslmode", "sslmode", "connecttimeout",
            "connectTimeout", "sockettimeout", "socketTimeout", "logintimeout", "loginTimeout", "applicationname",
            "ApplicationName", "tcpkeepalive", "tcpKeepAlive");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    public ServerAddress {
        options = Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** Reads an address as typed, or explains exactly what is wrong with it. */
    public static ServerAddress parse(String url, Field field) {
        String text = url == null ? "" : url.strip();
        Matcher m = URL.matcher(text);
        if (!m.matches()) {
            throw invalid(field, text, text.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")
                    ? "write the address as jdbc:postgresql://server:5432/database."
                    : "only a PostgreSQL server address is accepted, such as"
                    + " jdbc:postgresql://sql01.council.local:5432/cswo.");
        }
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65_535) {
            throw invalid(field, text, "the port must be between 1 and 65535.");
        }
        Map<String, String> options = new TreeMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                String[] kv = pair.split("=", 2);
                String key = kv[0].toLowerCase(Locale.ROOT);
                String value = kv.length == 2 ? kv[1] : "";
                if (!SAFE_OPTIONS.containsKey(key)) {
                    throw invalid(field, text, "the setting \"" + kv[0] + "\" is not allowed; only sslmode,"
                            + " connectTimeout, socketTimeout, loginTimeout, ApplicationName and tcpKeepAlive are.");
                }
                boolean ok = switch (key) {
                    case "sslmode" -> SSL_MODES.contains(value);
                    case "tcpkeepalive" -> value.equals("true") || value.equals("false");
                    case "applicationname" -> value.matches("[A-Za-z0-9 _.-]{1,60}");
                    default -> value.matches("\\d{1,4}");
                };
                if (!ok) {
                    throw invalid(field, text, "\"" + value + "\" is not a value the setting " + kv[0] + " accepts.");
                }
                options.put(SAFE_OPTIONS.get(key), value);
            }
        }
        return new ServerAddress(m.group(1), port, m.group(3), options);
    }

    /** The address the driver is given, rebuilt from the checked parts only. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(database);
        String separator = "?";
        for (Map.Entry<String, String> option : options.entrySet()) {
            url.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = "&";
        }
        return url.toString();
    }

    /** "database cswo on sql01.council.local:5432", for messages. */
    public String describe() {
        return "database " + database + " on " + host + ":" + port;
    }

    private static InvalidDataException invalid(Field field, String value, String message) {
        return new InvalidDataException(List.of(Problem.of(field, value, message)));
    }
}

package scot.cswo.assurance.domain.matrix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.MatrixDraft.FunctionDraft;
import scot.cswo.assurance.domain.matrix.MatrixDraft.LeadDraft;
import scot.cswo.assurance.domain.matrix.MatrixDraft.MechanismDraft;
import scot.cswo.assurance.domain.matrix.MatrixDraft.RowDraft;
import scot.cswo.assurance.domain.problem.ControlCharacters;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.Problems;

/**
 * Turns rows typed as in the framework's Word table into a {@link MatrixDraft}, collecting every
 * problem rather than stopping at the first, so the user can fix a file in one pass.
 *
 * <p>Follows how councils write the table: the function title only on a function's first row
 * (merged cells), leads separated by "/", ";" or new lines (or ",", "and", "&amp;" between people's
 * names), and the same mechanism text under two
 * functions meaning one mechanism serving both.
 */
public final class MatrixDraftBuilder {
    public static final String FUNCTION = "Function";
    public static final String FUNCTION_TITLE = "Function title";
    public static final String MECHANISM = "Assurance mechanism";
    public static final String LEAD = "Lead";
    public static final String FREQUENCY = "Frequency";
    public static final String REF = "Ref";
    public static final String LEAD_EMAIL = "Lead email";

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TITLE = 2000;
    static final int MAX_LEAD = 300;

    /**
     * The Function cell: a whole number, written "3", "Function 3" or "F3" ("3.0" too, as some
     * programs write whole numbers), optionally followed by the title after ".", ":", ")", "-" or a
     * space ("3. Promote the values…"). A title never starts with a digit, so "1.5" is not function 1
     * titled "5": it is refused, as is anything else.
     */
    private static final Pattern FUNCTION_CELL = Pattern.compile(
            "(?i)(?:function\\s*|f)?(\\d+)(?:\\.0+)?(?:(?:\\s*[.:)\\-\u2013]\\s*|\\s+)((?!\\d).*))?", Pattern.DOTALL);
    private static final int MAX_FUNCTION = 999;
    private static final String FUNCTION_RULE = "give the function as a whole number from 1 to " + MAX_FUNCTION
            + ", such as 3, optionally followed by its title (\"3. Promote the values…\").";
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[\\s,;/]+");
    private static final Pattern LEAD_SEPARATORS = Pattern.compile("[/;\\r\\n]+");
    /** Separators that part two people ("Jane Martin and Kathryn Sharp") but also join words in a post. */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    /** A person's name: two to four capitalised words ("Diane McCulloch", "Clare Lewis-Robertson"). */
    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3}");
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "(?i).*\\b(chairs?|convenors?|heads?|managers?|officers?|team|group|services?|committee|board|"
                    + "directors?|partnership)\\b.*");

    private final String source;
    private final Map<String, Frequency> mapped;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> refusedCells = new HashSet<>();
    private final Map<Integer, FunctionEntry> functions = new LinkedHashMap<>();
    private final Map<String, MechanismEntry> mechanisms = new LinkedHashMap<>();
    private final List<RowEntry> rows = new ArrayList<>();
    /** Each lead's address (by lower-cased name) and the row that first gave it. */
    private final Map<String, String> emails = new LinkedHashMap<>();
    private final Map<String, Integer> emailRows = new LinkedHashMap<>();
    private Integer previousFunction;

    /** @param source the file name used in problem messages */
    public MatrixDraftBuilder(String source) {
        this(source, Map.of());
    }

    /**
     * @param mapped frequencies for phrases the app does not know, as the user mapped them
     *               ({@link Frequencies#mappings})
     */
    public MatrixDraftBuilder(String source, Map<String, Frequency> mapped) {
        this.source = source;
        this.mapped = Map.copyOf(mapped);
    }

    public void add(SourceRow row) {
        Optional<Integer> function = function(row);
        String description = Problems.collapse(row.mechanism());
        List<String> leads = leads(row.lead());
        Optional<Frequency> frequency = Frequencies.parse(row.frequency())
                .or(() -> blank(row.frequency()) ? Optional.empty()
                        : Optional.ofNullable(mapped.get(Frequencies.key(row.frequency()))));
        Optional<Ref> ref = ref(row);

        if (description.isEmpty()) {
            problem(row, MECHANISM, row.mechanism(), "the assurance mechanism is empty.");
        } else if (description.length() > MAX_DESCRIPTION) {
            problem(row, MECHANISM, description, "the assurance mechanism is longer than "
                    + MAX_DESCRIPTION + " characters.");
        }
        if (leads.isEmpty()) {
            problem(row, LEAD, row.lead(), "no lead is given; every mechanism needs at least one lead.");
        }
        leads.stream().filter(l -> l.length() > MAX_LEAD).findFirst().ifPresent(l ->
                problem(row, LEAD, l, "a lead's name is longer than " + MAX_LEAD + " characters."));
        if (!leads.isEmpty()) {
            addresses(row, leads);
        }
        if (frequency.isEmpty()) {
            problem(row, FREQUENCY, row.frequency(), blank(row.frequency())
                    ? "the frequency is empty. Use one of: " + String.join(", ", Frequencies.ACCEPTED) + "."
                    : unknownFrequency(row.frequency().strip()));
        }
        if (function.isPresent() && ref.isPresent() && ref.get().functionNumber() != function.get()) {
            problem(row, REF, row.ref(), "this row is under function " + function.get() + ", but " + ref.get()
                    + " is a ref of function " + ref.get().functionNumber() + "; a ref starts with its row's function (F"
                    + function.get() + ".1, F" + function.get() + ".2, …).");
        }
        if (function.isEmpty() || description.isEmpty() || leads.isEmpty() || frequency.isEmpty()) {
            return;
        }
        MechanismEntry mechanism = mechanisms.get(key(description));
        if (mechanism == null) {
            mechanism = new MechanismEntry(mechanisms.size(), row.rowNumber(), description, frequency.get(), leads);
            mechanisms.put(key(description), mechanism);
        } else if (!consistent(row, mechanism, frequency.get(), leads, function.get())) {
            return;
        }
        rows.add(new RowEntry(row.rowNumber(), function.get(), mechanism, ref.orElse(null)));
    }

    /**
     * What to do about a frequency the app does not know: write one it does, or read the phrase as
     * one, which the preview and the command line both offer.
     */
    private static String unknownFrequency(String written) {
        // A long or unprintable cell is named by its row and column already: the example stays short.
        String phrase = written.length() <= 40 && ControlCharacters.first(written).isEmpty() ? written : "PHRASE";
        return "this is not a frequency the app knows. Use one of: " + String.join(", ", Frequencies.ACCEPTED)
                + ". Or read \"" + phrase + "\" as one of these: in the preview, choose it beside the phrase; on the"
                + " command line, add --frequency \"" + phrase + "=FREQUENCY\".";
    }

    /**
     * Problems the file's reader found in cells (a control character), reported with the rows' own;
     * a cell already refused is not refused again for what it then means.
     */
    public void alsoReport(List<Problem> found) {
        problems.addAll(found);
        found.forEach(p -> refusedCells.add(cell(p.row(), p.column())));
    }

    /** The validated draft; throws with every problem found if there were any. */
    public MatrixDraft build() {
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(source, 0, null, null, "the file has no matrix rows below its header."));
        }
        functions.forEach((number, entry) -> {
            if (entry.title == null) {
                problems.add(new Problem(source, entry.firstRow, FUNCTION_TITLE, "",
                        "function " + number + " has no title; give it on the function's first row."));
            }
        });
        checkRefs();
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        List<FunctionDraft> functionDrafts = functions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FunctionDraft(e.getKey(), e.getValue().title)).toList();
        List<MechanismDraft> mechanismDrafts = mechanisms.values().stream()
                .map(m -> new MechanismDraft(m.description, m.frequency,
                        m.leads.stream().map(l -> new LeadDraft(l, looksLikeRole(l),
                                emails.get(l.toLowerCase(Locale.ROOT)))).toList()))
                .toList();
        Map<Integer, Integer> positions = new LinkedHashMap<>();
        List<RowDraft> rowDrafts = rows.stream().map(r -> {
            int position = positions.merge(r.function, 1, Integer::sum);
            Ref ref = r.ref != null ? r.ref : Ref.of(r.function, position);
            return new RowDraft(ref, r.function, r.mechanism.index);
        }).toList();
        return new MatrixDraft(functionDrafts, mechanismDrafts, rowDrafts);
    }

    /**
     * The optional Lead email cell: one address per lead, in the order the Lead cell names them
     * (separated as leads are, or by commas or spaces). A lead named on several rows has one address.
     */
    private void addresses(SourceRow row, List<String> leads) {
        String cell = row.leadEmail() == null ? "" : row.leadEmail().strip();
        if (cell.isEmpty()) {
            return;
        }
        List<String> addresses = List.of(ADDRESS_SEPARATORS.split(cell));
        if (addresses.size() != leads.size()) {
            problem(row, LEAD_EMAIL, cell, "this gives " + addresses.size() + (addresses.size() == 1 ? " address" : " addresses")
                    + " for " + leads.size() + (leads.size() == 1 ? " lead" : " leads")
                    + "; give one address per lead, in the same order as the Lead column names them.");
            return;
        }
        for (int i = 0; i < leads.size(); i++) {
            String address = addresses.get(i);
            String lead = leads.get(i).toLowerCase(Locale.ROOT);
            if (!EmailAddress.wellFormed(address)) {
                problem(row, LEAD_EMAIL, address, "the address for " + leads.get(i) + ": " + EmailAddress.REFUSAL);
            } else if (emails.containsKey(lead) && !emails.get(lead).equalsIgnoreCase(address)) {
                problem(row, LEAD_EMAIL, address, "row " + emailRows.get(lead) + " gives " + leads.get(i) + " the address "
                        + emails.get(lead) + "; a lead has one address.");
            } else if (!emails.containsKey(lead)) {
                emails.put(lead, address);
                emailRows.put(lead, row.rowNumber());
            }
        }
    }

    /** Names that read as posts rather than people ("Heads of Service", "MAPPA Independent Chair"). */
    public static boolean looksLikeRole(String leadName) {
        return ROLE_WORDS.matcher(leadName).matches();
    }

    /**
     * Splits a lead cell into names and repairs artefacts of copying from PDF or Word, such as
     * "Clare Lewis- Robertson" for "Clare Lewis-Robertson".
     */
    public static List<String> leads(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : LEAD_SEPARATORS.split(cell)) {
            String written = Problems.collapse(part)
                    .replaceAll("(?<=\\p{L})-\\s+(?=\\p{L})", "-")
                    .replaceAll("(?<=\\p{L})\\s+-(?=\\p{L})", "-");
            for (String name : people(written)) {
                if (!name.isEmpty() && names.stream().noneMatch(name::equalsIgnoreCase)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * "Jane Martin, Kathryn Sharp and Glyn Lloyd" (or with "&amp;") is three people; but a post such as
     * "Head of Children and Families" or "Service Manager, Adult Services" is one lead, kept as
     * written. So a comma, "and" or "&amp;" parts leads only where every part is a person's name.
     */
    private static List<String> people(String written) {
        List<String> parts = NAME_SEPARATORS.splitAsStream(written).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        boolean allPeople = parts.size() > 1 && parts.stream()
                .allMatch(p -> PERSON.matcher(p).matches() && !looksLikeRole(p));
        return allPeople ? parts : List.of(written);
    }

    private Optional<Integer> function(SourceRow row) {
        String cell = Problems.collapse(row.function());
        String title = Problems.collapse(row.functionTitle());
        if (cell.isEmpty()) {
            if (previousFunction == null) {
                problem(row, FUNCTION, row.function(), "the function number is empty.");
                return Optional.empty();
            }
            return recordTitle(row, previousFunction, title);
        }
        Matcher m = FUNCTION_CELL.matcher(cell);
        if (!m.matches()) {
            problem(row, FUNCTION, row.function(), FUNCTION_RULE);
            return Optional.empty();
        }
        String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 3 || Integer.parseInt(digits) < 1) {
            problem(row, FUNCTION, row.function(), "there is no function " + digits + "; " + FUNCTION_RULE);
            return Optional.empty();
        }
        int number = Integer.parseInt(digits);
        // A Word table often holds "3. Promote the values…" in one cell.
        String titleInCell = Problems.collapse(m.group(2));
        previousFunction = number;
        return recordTitle(row, number, title.isEmpty() ? titleInCell : title);
    }

    private Optional<Integer> recordTitle(SourceRow row, int number, String title) {
        FunctionEntry entry = functions.computeIfAbsent(number, n -> new FunctionEntry(row.rowNumber()));
        if (title.length() > MAX_TITLE) {
            problem(row, FUNCTION_TITLE, title, "the function title is longer than " + MAX_TITLE + " characters.");
            return Optional.empty();
        }
        if (!title.isEmpty()) {
            if (entry.title == null) {
                entry.title = title;
                entry.titleRow = row.rowNumber();
            } else if (!entry.title.equals(title)) {
                problem(row, FUNCTION_TITLE, title, "function " + number + " already has a different title at row "
                        + entry.titleRow + "; give the title once, or the same each time.");
                return Optional.empty();
            }
        }
        return Optional.of(number);
    }

    private Optional<Ref> ref(SourceRow row) {
        if (blank(row.ref())) {
            return Optional.empty();
        }
        Optional<Ref> ref = Ref.parse(row.ref());
        if (ref.isEmpty()) {
            problem(row, REF, row.ref(), "a ref looks like F1.3 (function 1, third mechanism).");
        }
        return ref;
    }

    private boolean consistent(SourceRow row, MechanismEntry first, Frequency frequency, List<String> leads,
                               int function) {
        boolean ok = true;
        if (rows.stream().anyMatch(r -> r.mechanism == first && r.function == function)) {
            problem(row, MECHANISM, row.mechanism(), "this mechanism is already listed under function " + function
                    + " at row " + first.firstRow + ".");
            ok = false;
        }
        if (!first.frequency.sameRuleAs(frequency)) {
            problem(row, FREQUENCY, row.frequency(), "the same mechanism at row " + first.firstRow + " has frequency \""
                    + first.frequency.wording() + "\"; a mechanism serving two functions has one frequency.");
            ok = false;
        }
        if (!lowerCased(first.leads).equals(lowerCased(leads))) {
            problem(row, LEAD, row.lead(), "the same mechanism at row " + first.firstRow + " is led by "
                    + String.join(" / ", first.leads) + "; a mechanism serving two functions has the same leads.");
            ok = false;
        }
        return ok;
    }

    private void checkRefs() {
        long withRef = rows.stream().filter(r -> r.ref != null).count();
        if (withRef > 0 && withRef < rows.size()) {
            rows.stream().filter(r -> r.ref == null).findFirst().ifPresent(r -> problems.add(new Problem(source,
                    r.rowNumber, REF, "", "give a ref on every row or on none (refs are then numbered F1.1, F1.2, …).")));
        }
        Map<Ref, Integer> seen = new LinkedHashMap<>();
        for (RowEntry r : rows) {
            if (r.ref == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(r.ref, r.rowNumber);
            if (earlier != null) {
                problems.add(new Problem(source, r.rowNumber, REF, r.ref.text(),
                        "this ref is already used at row " + earlier + "."));
            }
        }
    }

    private void problem(SourceRow row, String column, String value, String message) {
        if (refusedCells.contains(cell(row.rowNumber(), column))) {
            return;
        }
        problems.add(new Problem(source, row.rowNumber(), column, value == null ? "" : value, message));
    }

    /** A cell as problems name it: row and column, the column as the file's header wrote it. */
    private static String cell(int row, String column) {
        return row + "\u0000" + (column == null ? "" : column.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCased(List<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEach(n -> set.add(n.toLowerCase(Locale.ROOT)));
        return set;
    }

    /** Same mechanism whatever the spacing around slashes or the case ("of/access" = "of / access"). */
    private static String key(String description) {
        return description.toLowerCase(Locale.ROOT).replaceAll("\\s*/\\s*", "/").replaceAll("[.]$", "");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static final class FunctionEntry {
        final int firstRow;
        String title;
        int titleRow;

        FunctionEntry(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    private record MechanismEntry(int index, int firstRow, String description, Frequency frequency,
                                  List<String> leads) {
    }

    private record RowEntry(int rowNumber, int function, MechanismEntry mechanism, Ref ref) {
    }
}

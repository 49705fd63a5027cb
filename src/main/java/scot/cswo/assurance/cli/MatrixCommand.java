package scot.cswo.assurance.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.exporting.CsvWriter;
import scot.cswo.assurance.service.exporting.Json;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Print every row of the assurance matrix. As csv it has the import columns plus Ref.")
final class MatrixCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Mixin
    FormatOption output;

    @Mixin
    AsOfOption asOf;

    MatrixCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate date = asOf.orToday(context.clock());
        AssuranceMatrix matrix = root.with(workspace -> workspace.matrix().matrixOn(date));
        output.print(context, switch (output.format) {
            case JSON -> Json.array(matrix.rows().stream().map(r -> json(matrix, r)).toList()) + System.lineSeparator();
            case CSV -> csv(matrix);
            case TABLE -> table(matrix);
        });
        context.out().flush();
        return ExitCode.OK;
    }

    private static Map<String, Object> json(AssuranceMatrix matrix, MatrixRow row) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("ref", row.ref().text());
        object.put("function", row.function().number());
        object.put("functionTitle", row.function().title());
        object.put("mechanism", row.mechanism().description());
        object.put("leads", row.mechanism().leads().stream().map(Lead::name).toList());
        object.put("frequency", row.mechanism().frequency().wording());
        object.put("sharedWith", matrix.sharedWith(row).stream().map(Ref::text).toList());
        return object;
    }

    private static String csv(AssuranceMatrix matrix) {
        StringBuilder out = new StringBuilder(CsvWriter.record(
                List.of("Ref", "Function", "Function title", "Assurance mechanism", "Lead", "Frequency")));
        for (MatrixRow row : matrix.rows()) {
            out.append(CsvWriter.record(List.of(row.ref().text(), Integer.toString(row.function().number()),
                    row.function().title(), row.mechanism().description(), row.mechanism().leadNames(),
                    row.mechanism().frequency().wording())));
        }
        return out.toString();
    }

    private static String table(AssuranceMatrix matrix) {
        TextTable table = new TextTable(List.of("Ref", "Assurance mechanism", "Lead(s)", "Frequency"), 6, 56, 30, 24);
        matrix.rows().forEach(r -> table.add(List.of(r.ref().text(), r.mechanism().description(),
                r.mechanism().leadNames(), r.mechanism().frequency().wording())));
        return matrix.framework().name() + (matrix.framework().council().isBlank() ? "" : " - "
                + matrix.framework().council()) + " (" + (matrix.framework().periodLabel().isBlank() ? ""
                : matrix.framework().periodLabel() + ", ") + "in force from "
                + DateFormats.display(matrix.framework().trackingStart()) + ")" + System.lineSeparator()
                + System.lineSeparator() + table.render();
    }
}

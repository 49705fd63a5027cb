package scot.cswo.assurance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.Workspace;

/** A file handed to the import on a real Dundee database: refused, and the database unchanged. */
public final class RefusedImport {
    private RefusedImport() {
    }

    /** The problems the import names for {@code content} saved as {@code name} in {@code dir}. */
    public static List<String> problems(Path dir, LocalDate today, String name, byte[] content) {
        try {
            Dundee.open(dir, today).close();
            Path database = dir.resolve("assurance.mv.db");
            String before = Snapshot.of(database);
            Path file = Files.write(dir.resolve(name), content);
            List<String> problems = new ArrayList<>();
            try (Workspace workspace = Dundee.open(dir, today)) {
                assertThatThrownBy(() -> workspace.imports().preview(file)).isInstanceOfSatisfying(
                        InvalidDataException.class, e -> e.problems().stream().map(Problem::describe)
                                .forEach(problems::add));
            }
            assertThat(Snapshot.of(database)).as("the database after refusing " + name).isEqualTo(before);
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

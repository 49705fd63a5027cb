package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.store.jooq.DefaultSchema;

/**
 * The DBA's set-up script (ADR 15) decides every table's rights: a table added by a migration
 * must be named in it (given to a role, or listed as written by nobody), or this fails. What the
 * script's rights do is tested on a real server (ServerEnforcedRolesTest, RoleActionMatrixTest).
 */
class ServerSetUpScriptTest {

    @Test
    void theScriptNamesEveryTableTheAppHas() throws Exception {
        String script = Files.readString(Path.of("resources/server/cswo-server-setup.sql"), StandardCharsets.UTF_8);

        assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables()).extracting(Table::getName)
                .allSatisfy(table -> assertThat(Pattern.compile("\\b" + table + "\\b").matcher(script).find())
                        .as(table).isTrue());
    }
}

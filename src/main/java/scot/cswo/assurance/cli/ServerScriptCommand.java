package scot.cswo.assurance.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import scot.cswo.assurance.service.files.ShippedFiles;

@Command(name = "server-script", mixinStandardHelpOptions = true,
        description = {"Print the SQL script the council's DBA runs (with psql) so that a shared PostgreSQL server "
                + "enforces the app's roles: a login per person, and each login able to do only what its role may "
                + "(user guide, \"A shared server\"). Needs no database."})
final class ServerScriptCommand implements Callable<Integer> {
    /** Shipped from resources/server, the same file the tests run against a real server. */
    static final String SCRIPT = "server/cswo-server-setup.sql";

    private final CliContext context;

    ServerScriptCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().print(new String(ShippedFiles.bytes(SCRIPT), StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}

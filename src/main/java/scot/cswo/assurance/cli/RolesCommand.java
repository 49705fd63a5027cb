package scot.cswo.assurance.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Access;

@Command(name = "roles", mixinStandardHelpOptions = true,
        description = {"List who has which role, or grant one (administrators only). Roles: Administrator (settings, "
                + "roles, leads), Editor (matrix and everyone's evidence), Lead (evidence for their own and "
                + "deputised mechanisms), Viewer (read and print). An account with no role granted is a Lead if it "
                + "is linked to a lead, otherwise a Viewer. On a server set up to enforce roles (see "
                + "server-script), accounts are the server's logins and the server holds the roles."})
final class RolesCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    /** Both or neither: picocli rejects one without the other as a usage error. */
    static final class Grant {
        @Option(names = "--grant", paramLabel = "ACCOUNT", required = true,
                description = {"The Windows account, e.g. COUNCIL\\jsmith; on a server that enforces roles, the person's login."})
        String account;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "administrator, editor, lead or viewer.")
        Role role;
    }

    @ArgGroup(exclusive = false)
    Grant grant;

    RolesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = root.open()) {
            Access access = workspace.access();
            var out = context.out();
            if (grant != null) {
                access.grant(grant.account, grant.role);
                out.println(grant.account + " is now " + grant.role.label() + ".");
                return ExitCode.OK;
            }
            out.println("You are " + access.identity().account() + " (" + access.role().label() + ").");
            if (access.enforcedByServer()) {
                out.println("The server enforces these roles: each login can do only what its role may.");
            }
            for (Map.Entry<String, Role> granted : access.roles().entrySet()) {
                out.println(String.format("  %-40s %s", granted.getKey(), granted.getValue().label()));
            }
            return ExitCode.OK;
        }
    }
}

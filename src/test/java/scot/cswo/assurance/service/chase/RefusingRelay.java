package scot.cswo.assurance.service.chase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mail relay on a real socket that takes messages as SMTP does until one is for {@code badRecipient},
 * then either refuses it after its content (554) or drops the connection in the middle of it: the
 * failures GreenMail does not act out.
 */
final class RefusingRelay implements AutoCloseable {
    enum Failure { REFUSE, DROP }

    private final ServerSocket socket;
    private final Thread thread;
    private final List<String> accepted = new ArrayList<>();

    RefusingRelay(String badRecipient, Failure failure) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = Thread.ofPlatform().daemon().start(() -> serve(badRecipient.toLowerCase(Locale.ROOT), failure));
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The recipients of the messages it accepted. */
    synchronized List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void serve(String badRecipient, Failure failure) {
        try (Socket client = socket.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            reply(out, "220 relay.test ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 relay.test");
                } else if (command.startsWith("MAIL FROM")) {
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                    reply(out, "250 OK");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 Go ahead");
                    boolean bad = badRecipient.equals(recipient);
                    if (bad && failure == Failure.DROP) {
                        in.readLine();
                        return;
                    }
                    while (!".".equals(line = in.readLine())) {
                        if (line == null) {
                            return;
                        }
                    }
                    if (bad) {
                        reply(out, "554 5.7.1 Message refused by policy");
                    } else {
                        synchronized (this) {
                            accepted.add(recipient);
                        }
                        reply(out, "250 OK queued");
                    }
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "502 Not implemented");
                }
            }
        } catch (IOException e) {
            if (!socket.isClosed()) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

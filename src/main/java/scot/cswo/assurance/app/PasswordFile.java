package scot.cswo.assurance.app;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.files.SafeFiles;

/** --password-file: the server password on the first line of a small UTF-8 file, as Notepad saves it. */
final class PasswordFile {
    private static final long MAX_BYTES = 64 * 1024;

    private PasswordFile() {
    }

    static char[] read(Path file) {
        byte[] bytes = SafeFiles.readUserFile(file, MAX_BYTES, "a password file");
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        char[] password = ConsolePasswordPrompt.firstLine(new ByteArrayInputStream(bytes, start, bytes.length - start),
                StandardCharsets.UTF_8);
        Arrays.fill(bytes, (byte) 0);
        if (password == null || password.length == 0) {
            throw new StoreUnavailableException("The password file " + file.toAbsolutePath() + " is empty; put the"
                    + " password on its first line.");
        }
        return password;
    }
}

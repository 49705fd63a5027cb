package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Scripts pipe the server password in; what Windows' echo adds to it is not part of it. */
class PasswordFromStandardInputTest {

    private static String firstLine(String input) {
        return new String(ConsolePasswordPrompt.firstLine(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }

    @Test
    void theSpaceAndLineEndThatWindowsEchoSendsAreNotPartOfThePassword() {
        // cmd.exe's `echo %PW% | cswo-assurance ...` sends the password, a space and CR LF.
        assertThat(firstLine("s3cret \r\n")).isEqualTo("s3cret");
    }

    @Test
    void trailingTabsAndSeveralSpacesAreTrimmedToo() {
        assertThat(firstLine("s3cret \t  \n")).isEqualTo("s3cret");
    }

    @Test
    void spacesInsideOrBeforeThePasswordAreKept() {
        assertThat(firstLine("  pass word\nsecond line\n")).isEqualTo("  pass word");
    }

    @Test
    void noInputMeansNoPassword() {
        assertThat(ConsolePasswordPrompt.firstLine(new ByteArrayInputStream(new byte[0]), StandardCharsets.UTF_8))
                .isNull();
    }

    @Test
    void aPasswordPipedFromACodePage850ConsoleIsReadInThatCodePage() {
        // cmd's echo sends "£" as the single byte 0x9C, "é" as 0x82, in a UK console.
        byte[] piped = "Pa£sé9 \r\n".getBytes(Charset.forName("Cp850"));

        char[] password = ConsolePasswordPrompt.firstLine(new ByteArrayInputStream(piped), Charset.forName("Cp850"));

        assertThat(new String(password)).isEqualTo("Pa£sé9");
    }
}

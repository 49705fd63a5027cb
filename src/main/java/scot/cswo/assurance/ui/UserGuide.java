package scot.cswo.assurance.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide shipped inside the app (src/site/markdown/user-guide.md and its pictures, copied
 * into the jar by the build), written out as a web page for Help &gt; User guide (F1), so it works
 * without a network and always matches the version in use.
 */
public final class UserGuide {
    private static final String RESOURCES = "/scot/cswo/assurance/help/";
    private static final Pattern PICTURE = Pattern.compile("\\(\\.\\./resources/images/([a-z0-9-]+\\.png)\\)");
    private static final String STYLE = """
            body { font-family: "Segoe UI", "Noto Sans", sans-serif; max-width: 52em; margin: 2em auto;
                   padding: 0 1em; line-height: 1.5; color: #1b1b1b; background: #fff; }
            h1, h2, h3 { color: #0b4f5c; line-height: 1.25; }
            code, pre { font-family: Consolas, "DejaVu Sans Mono", monospace; background: #f2f4f5; }
            pre { padding: .75em; overflow-x: auto; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #8a9699; padding: .3em .6em; text-align: left; vertical-align: top; }
            img { max-width: 100%; border: 1px solid #8a9699; }
            a { color: #0b4f5c; }
            @media (forced-colors: active) { img { border-color: CanvasText; } }
            """;

    private final Path folder;

    /** @param folder where the page and its pictures are written (in the user's data folder) */
    public UserGuide(Path folder) {
        this.folder = folder;
    }

    /** Writes the page and its pictures (afresh each time, so they match this version) and returns the page. */
    public Path write() throws IOException {
        String markdown = resource("user-guide.md");
        Path images = Files.createDirectories(folder.resolve("images"));
        Matcher pictures = PICTURE.matcher(markdown);
        while (pictures.find()) {
            try (InputStream in = open("images/" + pictures.group(1))) {
                Files.copy(in, images.resolve(pictures.group(1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<Extension> extensions = List.of(TablesExtension.create());
        Node document = Parser.builder().extensions(extensions).build()
                .parse(pictures.replaceAll("(images/$1)"));
        String body = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading) {
                        attributes.put("id", anchor(heading));
                    }
                })
                .build().render(document);
        String page = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>CSWO Assurance — user guide</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
        Path file = folder.resolve("user-guide.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        return file;
    }

    /** The id the guide's own contents links use: the heading's words, lower case, joined by hyphens. */
    static String anchor(Heading heading) {
        StringBuilder text = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            }
        }
        return text.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").strip()
                .replace(' ', '-');
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String name) {
        return Objects.requireNonNull(UserGuide.class.getResourceAsStream(RESOURCES + name),
                () -> "the user guide is missing from this build: " + name);
    }
}

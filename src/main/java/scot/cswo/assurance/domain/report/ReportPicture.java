package scot.cswo.assurance.domain.report;

import java.util.Arrays;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.Problems;

/**
 * A picture in a report narrative (a structure chart, a photograph) with the text a screen reader
 * says instead of it. A narrative refers to it as {@code ![alt text](picture:ID)}.
 *
 * @param id        0 until it is stored
 * @param mediaType image/png or image/jpeg, read from the file's own first bytes
 */
public record ReportPicture(long id, String mediaType, byte[] content, String altText) {
    /** What a narrative's picture address starts with. */
    public static final String ADDRESS = "picture:";
    /** Larger pictures would make the report slow to save and to open. */
    public static final int MOST_BYTES = 5 * 1024 * 1024;
    static final int MOST_ALT = 1000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** The inputs a picture's problems are about. */
    public enum Input implements Field {
        /** The picture file. */
        PICTURE,
        /** What the picture shows, in words. */
        ALT_TEXT
    }

    /**
     * A picture to add, checked: a PNG or JPEG file no larger than {@value #MOST_BYTES} bytes, and
     * alt text. Every problem is told at once, naming the file.
     */
    public static ReportPicture of(String fileName, byte[] content, String altText) {
        Problems problems = new Problems();
        String type = mediaType(content);
        if (type == null) {
            problems.add(Input.PICTURE, fileName, fileName + " is not a PNG or JPEG picture. Save it as PNG or JPEG"
                    + " and add it again.");
        } else if (content.length > MOST_BYTES) {
            problems.add(Input.PICTURE, fileName, fileName + " is larger than 5 MB. Save a smaller copy (a structure"
                    + " chart needs no more than 1,600 pixels across) and add that.");
        }
        problems.required(Input.ALT_TEXT, altText, MOST_ALT, "say in words what " + fileName + " shows, for"
                + " readers who cannot see it (for example \"Structure chart: the CSWO reports to the Chief"
                + " Executive\").");
        problems.refuseIfAny();
        return new ReportPicture(0, type, content.clone(), Problems.collapse(altText));
    }

    private static String mediaType(byte[] content) {
        if (starts(content, PNG)) {
            return "image/png";
        }
        return starts(content, JPEG) ? "image/jpeg" : null;
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** How a narrative refers to this picture: {@code ![alt text](picture:ID)}. */
    public String reference() {
        return "![" + altText.replace("[", "(").replace("]", ")") + "](" + ADDRESS + id + ")";
    }
}

package scot.cswo.assurance.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Abbreviations and terms used in CSWO governance, for the report's glossary. */
final class Glossary {
    static final Map<String, String> TERMS = new LinkedHashMap<>();
    private static final String LEARNING_REVIEW = "Learning Review";
    /** Terms the framework still uses for what is now a Learning Review, so the current term is explained beside them. */
    private static final Pattern OLD_REVIEWS = Pattern.compile("\\b(ICR|SCR)s?\\b");

    static {
        TERMS.put("ADP", "Alcohol and Drug Partnership");
        TERMS.put("ASP", "Adult Support and Protection");
        TERMS.put("CCPG", "Clinical, Care and Professional Governance");
        TERMS.put("COSLA", "Convention of Scottish Local Authorities");
        TERMS.put("CPC", "Child Protection Committee");
        TERMS.put("CSWO", "Chief Social Work Officer");
        TERMS.put("DCC", "Dundee City Council");
        TERMS.put("DTTO", "Drug Treatment and Testing Order");
        TERMS.put("GIRFEC", "Getting it Right for Every Child");
        TERMS.put("HSC", "Health and Social Care");
        TERMS.put("HSCP", "Health and Social Care Partnership");
        TERMS.put("ICR", "Initial Case Review (the framework's term; since the national guidance of 2021, part of a"
                + " Learning Review)");
        TERMS.put("IJB", "Integration Joint Board");
        TERMS.put("JSWMT", "Joint Social Work Management Team");
        TERMS.put("LAC", "Looked After Children");
        TERMS.put(LEARNING_REVIEW, "A multi-agency review of a case where a child or adult at risk was harmed or"
                + " died, to learn how services can improve; it replaced Initial and Significant Case Reviews under"
                + " national guidance from 2021");
        TERMS.put("LOIP", "Local Outcomes Improvement Plan");
        TERMS.put("LSI", "Large Scale Inquiry");
        TERMS.put("MAPPA", "Multi-Agency Public Protection Arrangements");
        TERMS.put("MHO", "Mental Health Officer");
        TERMS.put("MTM", "Management Team Meeting");
        TERMS.put("NQSW", "Newly Qualified Social Worker");
        TERMS.put("PVG", "Protecting Vulnerable Groups scheme");
        TERMS.put("SCR", "Significant Case Review (the framework's term; replaced by the Learning Review under the"
                + " national guidance of 2021)");
        TERMS.put("SCRA", "Scottish Children's Reporter Administration");
        TERMS.put("SSSC", "Scottish Social Services Council");
        TERMS.put("SW", "Social Work");
        TERMS.put("SWS", "Social Work Scotland");
    }

    private Glossary() {
    }

    /** The terms that appear in the text (as whole words, or as a plural such as ICRs), in order. */
    static Map<String, String> usedIn(String text) {
        Map<String, String> used = new LinkedHashMap<>();
        TERMS.forEach((term, meaning) -> {
            if (Pattern.compile("\\b" + term + "s?\\b").matcher(text).find() || term.equals("CSWO")
                    || term.equals(LEARNING_REVIEW) && OLD_REVIEWS.matcher(text).find()) {
                used.put(term, meaning);
            }
        });
        return used;
    }
}

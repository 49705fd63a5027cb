package scot.cswo.assurance.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Abbreviations used in CSWO governance, for the report's glossary. */
final class Glossary {
    static final Map<String, String> TERMS = new LinkedHashMap<>();

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
        TERMS.put("ICR", "Initial Case Review");
        TERMS.put("IJB", "Integration Joint Board");
        TERMS.put("JSWMT", "Joint Social Work Management Team");
        TERMS.put("LAC", "Looked After Children");
        TERMS.put("LOIP", "Local Outcomes Improvement Plan");
        TERMS.put("LSI", "Large Scale Inquiry");
        TERMS.put("MAPPA", "Multi-Agency Public Protection Arrangements");
        TERMS.put("MHO", "Mental Health Officer");
        TERMS.put("MTM", "Management Team Meeting");
        TERMS.put("NQSW", "Newly Qualified Social Worker");
        TERMS.put("PVG", "Protecting Vulnerable Groups scheme");
        TERMS.put("SCR", "Significant Case Review");
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
            if (Pattern.compile("\\b" + term + "s?\\b").matcher(text).find() || term.equals("CSWO")) {
                used.put(term, meaning);
            }
        });
        return used;
    }
}

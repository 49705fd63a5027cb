package scot.cswo.assurance.domain.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import scot.cswo.assurance.domain.problem.InvalidDataException;

/**
 * Suppression of small counts in published output, so no one can be identified from them: counts
 * from 1 to the threshold are shown as "&lt;" threshold + 1 (default 4, shown as "&lt;5"). Zero is
 * shown: it identifies no one. A count hidden only so that a small one cannot be worked out from a
 * total is shown as "[c]" (the Government Statistical Service's mark for confidential), never as
 * "&lt;5", which would be untrue. Signed-in staff see true values in the app; only what is
 * published (reports, exports meant for publication) goes through here.
 */
public final class SmallNumbers {
    public static final int DEFAULT_THRESHOLD = 4;
    /** A count hidden to protect another (secondary suppression). */
    public static final String CONFIDENTIAL = "[c]";

    private final int threshold;

    public SmallNumbers(int threshold) {
        if (threshold < 1 || threshold > 99) {
            throw new InvalidDataException("The small-number threshold must be between 1 and 99, not " + threshold
                    + ".");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** What a single published count shows. */
    public String shown(long count) {
        return isSmall(count) ? hidden() : Long.toString(count);
    }

    /**
     * A row of counts with its total, as published. Beyond hiding the small counts themselves, if
     * just one part is hidden the total would give it away (total minus the others), so the next
     * smallest part is hidden too (as "[c]"); if no other part can be hidden, the total is.
     *
     * @return the parts' texts in the order given, then the total's
     */
    public List<String> withTotal(List<Long> parts, long total) {
        List<String> shown = new ArrayList<>(parts.stream().map(this::shown).toList());
        String totalShown = shown(total);
        List<Integer> hidden = IntStream.range(0, parts.size()).filter(i -> isSmall(parts.get(i))).boxed().toList();
        if (hidden.size() == 1 && !isSmall(total)) {
            var partner = IntStream.range(0, parts.size()).filter(i -> parts.get(i) > 0 && !isSmall(parts.get(i)))
                    .boxed().min(Comparator.comparing(parts::get));
            if (partner.isPresent()) {
                shown.set(partner.get(), CONFIDENTIAL);
            } else {
                totalShown = CONFIDENTIAL;
            }
        }
        shown.add(totalShown);
        return shown;
    }

    /** Whether a count is one published only as hidden: from 1 to the threshold. */
    public boolean isSmall(long count) {
        return count >= 1 && count <= threshold;
    }

    private String hidden() {
        return "<" + (threshold + 1);
    }
}

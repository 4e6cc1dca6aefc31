package levierfixture.brokenmodules.alpha;

import levierfixture.brokenmodules.beta.internal.Hidden;

/** Uses another module's internal type: a violation. */
public class Alpha {
    private final Hidden hidden = new Hidden();

    /** @return the hidden value */
    public String value() {
        return hidden.toString();
    }
}

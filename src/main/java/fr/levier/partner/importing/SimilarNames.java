package fr.levier.partner.importing;

/**
 * Whether two normalised organisation names are close enough to be the same organisation written
 * differently ("tannerie chabert" / "tanneries chabert"): an edit distance of at most 1 for short names and
 * 2 from 12 characters. Only ever used to propose, never to merge.
 */
final class SimilarNames {

    private SimilarNames() {}

    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return !a.isEmpty() && a.equals(b);
        }
        int limit = Math.min(a.length(), b.length()) >= 12 ? 2 : 1;
        if (Math.min(a.length(), b.length()) < 5) {
            return false;
        }
        return distance(a, b, limit) <= limit;
    }

    /** Levenshtein distance, stopping early once every path exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package minigo.stdlib.unicode;

/**
 * Go's unicode classification over the JDK's Unicode character database. Go's predicates are
 * unions of general categories (IsLetter = L, IsPunct = P, IsPrint = L|M|N|P|S plus U+0020, ...),
 * which the JDK exposes through {@link Character#getType(int)}; Go's case mappings are the simple
 * (one rune to one rune) mappings of UnicodeData, which {@link Character#toUpperCase(int)} and its
 * siblings implement. The JDK's Unicode version is newer than Go 1.19's 13.0.0: characters assigned
 * since then are classified here and not in Go.
 */
public final class UnicodeTables {
    private UnicodeTables() {}

    private static boolean valid(long r) {
        return r >= 0 && r <= Character.MAX_CODE_POINT;
    }

    private static int type(long r) {
        return valid(r) ? Character.getType((int) r) : Character.UNASSIGNED;
    }

    public static boolean isLetter(long r) {
        return switch (type(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> false;
        };
    }

    public static boolean isDigit(long r) {
        return type(r) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isNumber(long r) {
        return switch (type(r)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    public static boolean isUpper(long r) {
        return type(r) == Character.UPPERCASE_LETTER;
    }

    public static boolean isLower(long r) {
        return type(r) == Character.LOWERCASE_LETTER;
    }

    public static boolean isTitle(long r) {
        return type(r) == Character.TITLECASE_LETTER;
    }

    public static boolean isMark(long r) {
        return switch (type(r)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    public static boolean isPunct(long r) {
        return switch (type(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    public static boolean isSymbol(long r) {
        return switch (type(r)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Letters, marks, numbers, punctuation, symbols and the ASCII space (unicode.IsPrint, strconv.IsPrint). */
    public static boolean isPrint(long r) {
        if (r == ' ') {
            return true;
        }
        return isLetter(r) || isMark(r) || isNumber(r) || isPunct(r) || isSymbol(r);
    }

    /** IsPrint plus the space separators (category Zs). */
    public static boolean isGraphic(long r) {
        return isPrint(r) || type(r) == Character.SPACE_SEPARATOR;
    }

    /**
     * Case pairs the JDK knows and Go 1.19 does not: old letters that got a case partner assigned
     * after Unicode 13.0 (U+019B and U+0264, whose capitals arrived in Unicode 16).
     */
    private static boolean newerPartner(int c) {
        return c == 0xA7DC || c == 0xA7CB;
    }

    public static long toUpper(long r) {
        if (!valid(r)) {
            return r;
        }
        int u = Character.toUpperCase((int) r);
        return newerPartner(u) ? r : u;
    }

    public static long toLower(long r) {
        if (!valid(r)) {
            return r;
        }
        int l = Character.toLowerCase((int) r);
        return newerPartner((int) r) ? r : l;
    }

    public static long toTitle(long r) {
        if (!valid(r)) {
            return r;
        }
        int t = Character.toTitleCase((int) r);
        return newerPartner(t) ? r : t;
    }

    /** Orbits of simple case folding, keyed by the orbit's lower-case representative; built on first use. */
    private static final class Orbits {
        static final java.util.Map<Integer, int[]> BY_KEY = build();

        /**
         * The orbit's representative. The dotted capital I and the dotless small i map to ASCII
         * letters under simple case mapping, but case folding (Go's SimpleFold) leaves them alone:
         * their folds are Turkic-only.
         */
        static int key(int c) {
            if (c == 0x130 || c == 0x131 || newerPartner(c)) {
                return c;
            }
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        static java.util.Map<Integer, int[]> build() {
            java.util.Map<Integer, java.util.List<Integer>> m = new java.util.HashMap<>();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (c == 0x130 || c == 0x131 || newerPartner(c)) {
                    continue;
                }
                int k = key(c);
                if (k != c || Character.toUpperCase(c) != c || Character.toTitleCase(c) != c) {
                    m.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(c);
                }
            }
            java.util.Map<Integer, int[]> r = new java.util.HashMap<>();
            for (var e : m.entrySet()) {
                java.util.TreeSet<Integer> set = new java.util.TreeSet<>(e.getValue());
                set.add(e.getKey());
                if (set.size() > 1) {
                    r.put(e.getKey(), set.stream().mapToInt(Integer::intValue).toArray());
                }
            }
            return r;
        }
    }

    /**
     * unicode.SimpleFold: the smallest rune greater than r that is equivalent to r under simple case
     * folding, wrapping around to the smallest; r itself when it has no case variants.
     */
    public static long simpleFold(long r) {
        if (!valid(r)) {
            return r;
        }
        int[] orbit = Orbits.BY_KEY.get(Orbits.key((int) r));
        if (orbit == null) {
            return r;
        }
        for (int c : orbit) {
            if (c > r) {
                return c;
            }
        }
        return orbit[0];
    }
}

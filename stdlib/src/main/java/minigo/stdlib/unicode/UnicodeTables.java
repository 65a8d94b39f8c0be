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

    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<Character.UnicodeScript>> SCRIPTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Membership in a general category ("Lu", "L"...), a script ("Han") or a property ("White_Space"). */
    public static boolean isIn(String name, long r) {
        if (!valid(r)) {
            return false;
        }
        int c = (int) r;
        int t = Character.getType(c);
        switch (name) {
            case "L": return isLetter(r);
            case "Lu": return t == Character.UPPERCASE_LETTER;
            case "Ll": return t == Character.LOWERCASE_LETTER;
            case "Lt": return t == Character.TITLECASE_LETTER;
            case "Lm": return t == Character.MODIFIER_LETTER;
            case "Lo": return t == Character.OTHER_LETTER;
            case "M": return isMark(r);
            case "Mn": return t == Character.NON_SPACING_MARK;
            case "Mc": return t == Character.COMBINING_SPACING_MARK;
            case "Me": return t == Character.ENCLOSING_MARK;
            case "N": return isNumber(r);
            case "Nd": return t == Character.DECIMAL_DIGIT_NUMBER;
            case "Nl": return t == Character.LETTER_NUMBER;
            case "No": return t == Character.OTHER_NUMBER;
            case "P": return isPunct(r);
            case "Pc": return t == Character.CONNECTOR_PUNCTUATION;
            case "Pd": return t == Character.DASH_PUNCTUATION;
            case "Ps": return t == Character.START_PUNCTUATION;
            case "Pe": return t == Character.END_PUNCTUATION;
            case "Pi": return t == Character.INITIAL_QUOTE_PUNCTUATION;
            case "Pf": return t == Character.FINAL_QUOTE_PUNCTUATION;
            case "Po": return t == Character.OTHER_PUNCTUATION;
            case "S": return isSymbol(r);
            case "Sm": return t == Character.MATH_SYMBOL;
            case "Sc": return t == Character.CURRENCY_SYMBOL;
            case "Sk": return t == Character.MODIFIER_SYMBOL;
            case "So": return t == Character.OTHER_SYMBOL;
            case "Z": return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR;
            case "Zs": return t == Character.SPACE_SEPARATOR;
            case "Zl": return t == Character.LINE_SEPARATOR;
            case "Zp": return t == Character.PARAGRAPH_SEPARATOR;
            case "C": return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE
                    || t == Character.SURROGATE;
            case "Cc": return t == Character.CONTROL;
            case "Cf": return t == Character.FORMAT;
            case "Co": return t == Character.PRIVATE_USE;
            case "Cs": return t == Character.SURROGATE;
            case "White_Space":
                return c >= 9 && c <= 13 || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680
                        || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                        || c == 0x3000;
            case "ASCII_Hex_Digit":
                return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case "Hex_Digit":
                return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
                        || c >= 0xFF10 && c <= 0xFF19 || c >= 0xFF21 && c <= 0xFF26 || c >= 0xFF41 && c <= 0xFF46;
            default:
                Character.UnicodeScript script = SCRIPTS.computeIfAbsent(name, n -> {
                    try {
                        return java.util.Optional.of(Character.UnicodeScript.forName(n));
                    } catch (IllegalArgumentException e) {
                        return java.util.Optional.empty();
                    }
                }).orElse(null);
                return script != null && Character.UnicodeScript.of(c) == script;
        }
    }
}

package minigo.cli;

/**
 * The compiler flags minigo understands from {@code -gcflags}: {@code -m} (escape analysis and
 * inlining decisions; repeated, or {@code -m=N}, for more detail), {@code -l} (no inlining),
 * {@code -N} (no optimisation, accepted), {@code -e} (no limit on errors). Anything else is
 * refused in the compiler's words.
 */
public record GcFlags(int m, boolean noInline, boolean allErrors) {
    public static final GcFlags NONE = new GcFlags(0, false, false);

    public static final class BadFlag extends Exception {
        BadFlag(String message) {
            super(message, null, false, false);
        }
    }

    public static GcFlags parse(String text) throws BadFlag {
        int m = 0;
        boolean l = false;
        boolean e = false;
        if (text == null || text.isBlank()) {
            return NONE;
        }
        for (String f : text.trim().split("\\s+")) {
            String name = f.startsWith("--") ? f.substring(2) : f.startsWith("-") ? f.substring(1) : null;
            if (name == null) {
                throw new BadFlag("# command-line-arguments\nflag provided but not defined: " + f
                        + "\nusage: compile [options] file.go...");
            }
            if (name.equals("m")) {
                m++;
            } else if (name.startsWith("m=")) {
                try {
                    m = Integer.parseInt(name.substring(2));
                } catch (NumberFormatException x) {
                    throw new BadFlag("# command-line-arguments\ninvalid value \"" + name.substring(2)
                            + "\" for flag -m: parse error\nusage: compile [options] file.go...");
                }
            } else if (name.equals("l")) {
                l = true;
            } else if (name.equals("N")) {
                // Optimisations are not ours to disable: accepted for compatibility.
            } else if (name.equals("e")) {
                e = true;
            } else {
                int eq = name.indexOf('=');
                throw new BadFlag("# command-line-arguments\nflag provided but not defined: -"
                        + (eq > 0 ? name.substring(0, eq) : name) + "\nusage: compile [options] file.go...");
            }
        }
        return new GcFlags(m, l, e);
    }
}

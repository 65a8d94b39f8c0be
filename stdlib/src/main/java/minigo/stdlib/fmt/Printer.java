package minigo.stdlib.fmt;

import java.util.ArrayDeque;
import minigo.interp.natives.GoEnv;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.RuntimeError;
import minigo.stdlib.ByteBuf;
import minigo.stdlib.reflect.ReflectValue;
import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Chan;
import minigo.types.Interface;
import minigo.types.MapType;
import minigo.types.Named;
import minigo.types.Pointer;
import minigo.types.Signature;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Type;
import minigo.types.Types;
import minigo.types.Var;

/**
 * One Print/Printf/Errorf call (Go's {@code pp}): walks the format and the operands, asks each
 * operand's methods first (Formatter, GoStringer, error, Stringer) and otherwise prints its value
 * by its type. See package-info for the states. Values arrive in minigo's value model; their types
 * are the checker's {@link Type} objects carried by {@link Iface}.
 */
public final class Printer {
    final ByteBuf buf = new ByteBuf(64);
    final Fmt fmt = new Fmt(buf);

    /** The State value handed to Format methods (an Iface of *fmt.pp), or null outside the interpreter. */
    private final Object state;

    /** The operand being printed as an interface value (null when nil or when printing a bare value). */
    private Iface arg;
    /** The value being printed by printValue, with its type (for %!verb(type=value)). */
    private Object value;
    private Type valueType;
    private boolean hasValue;

    /** Printing a panic from a method: a second panic is not caught. */
    private boolean panicking;
    /** Inside badVerb: methods are not called. */
    private boolean erroring;
    /** Errorf: %w is allowed (once). */
    boolean wrapErrs;
    /** Errorf: the index of the operand %w printed, or -1. */
    int wrappedIndex = -1;
    private int currentArgIndex = -1;

    private boolean reordered;
    private boolean goodArgNum;

    /** The printers currently running a Format method on this thread, innermost last (for State's natives). */
    private static final ThreadLocal<ArrayDeque<Printer>> IN_FORMAT = ThreadLocal.withInitial(ArrayDeque::new);

    public Printer(Object state) {
        this.state = state;
    }

    /**
     * Go takes its printers from a sync.Pool and never clears a printer's width and precision:
     * a verb on the fast path (no width or precision in the format) and a Formatter's Width() and
     * Precision() see the values the printer last had. Pooled keeps those two numbers in a pool of
     * the same shape (one private slot, then a stack), so that the stale values are Go's.
     */
    private static final class Pooled {
        int wid;
        int prec;
    }

    private static Pooled privateSlot;
    private static final ArrayDeque<Pooled> SHARED = new ArrayDeque<>();
    private Pooled pooled;

    /** newPrinter: a printer with the width and precision its pooled state last had. */
    public static Printer acquire(Object state) {
        Pooled p;
        synchronized (SHARED) {
            if (privateSlot != null) {
                p = privateSlot;
                privateSlot = null;
            } else {
                p = SHARED.pollFirst();
            }
        }
        if (p == null) {
            p = new Pooled();
        }
        Printer printer = new Printer(state);
        printer.pooled = p;
        printer.fmt.wid = p.wid;
        printer.fmt.prec = p.prec;
        return printer;
    }

    /** free: returns the printer's state to the pool (Go keeps no printer whose buffer grew past 64 KiB). */
    public void free() {
        Pooled p = pooled;
        if (p == null || buf.length() > 64 << 10) {
            return;
        }
        pooled = null;
        p.wid = fmt.wid;
        p.prec = fmt.prec;
        synchronized (SHARED) {
            if (privateSlot == null) {
                privateSlot = p;
            } else {
                SHARED.addFirst(p);
            }
        }
    }

    public ByteBuf buffer() {
        return buf;
    }

    /** The printer whose Format call is running on this thread (State's methods write to it). */
    static Printer inFormat() {
        Printer p = IN_FORMAT.get().peekLast();
        if (p == null) {
            throw new IllegalStateException("fmt.State used outside a Format call");
        }
        return p;
    }

    // ------------------------------------------------------------------ entry points

    public void doPrint(GoSlice a) {
        boolean prevString = false;
        int n = GoSlice.len(a);
        for (int i = 0; i < n; i++) {
            Object arg = a.load(i);
            boolean isString = arg instanceof Iface f && isStringKind((Type) f.type);
            if (i > 0 && !isString && !prevString) {
                buf.writeByte(' ');
            }
            printArg(arg, 'v');
            prevString = isString;
        }
    }

    public void doPrintln(GoSlice a) {
        int n = GoSlice.len(a);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                buf.writeByte(' ');
            }
            printArg(a.load(i), 'v');
        }
        buf.writeByte('\n');
    }

    public void doPrintf(GoString formatString, GoSlice a) {
        byte[] format = formatString.toByteArray();
        int end = format.length;
        int nargs = GoSlice.len(a);
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format[i] != '%') {
                i++;
            }
            if (i > lasti) {
                buf.write(format, lasti, i - lasti);
            }
            if (i >= end) {
                break;
            }
            i++;
            fmt.clearFlags();
            simpleFormat:
            for (; i < end; i++) {
                int c = format[i];
                switch (c) {
                    case '#' -> fmt.sharp = true;
                    case '0' -> fmt.zero = !fmt.minus;
                    case '+' -> fmt.plus = true;
                    case '-' -> {
                        fmt.minus = true;
                        fmt.zero = false;
                    }
                    case ' ' -> fmt.space = true;
                    default -> {
                        // Fast path: a lower-case verb right after the flags, no width, precision or index.
                        if ('a' <= c && c <= 'z' && argNum < nargs) {
                            if (c == 'v') {
                                fmt.sharpV = fmt.sharp;
                                fmt.sharp = false;
                                fmt.plusV = fmt.plus;
                                fmt.plus = false;
                            }
                            currentArgIndex = argNum;
                            printArg(a.load(argNum), c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }

            int[] an = argNumber(argNum, format, i, nargs);
            argNum = an[0];
            i = an[1];
            afterIndex = an[2] != 0;

            if (i < end && format[i] == '*') {
                i++;
                int[] w = intFromArg(a, nargs, argNum);
                fmt.wid = w[0];
                fmt.widPresent = w[1] != 0;
                argNum = w[2];
                if (!fmt.widPresent) {
                    buf.writeAscii("%!(BADWIDTH)");
                }
                if (fmt.wid < 0) {
                    fmt.wid = -fmt.wid;
                    fmt.minus = true;
                    fmt.zero = false;
                }
                afterIndex = false;
            } else {
                int[] pn = parseNum(format, i, end);
                fmt.wid = pn[0];
                fmt.widPresent = pn[1] != 0;
                i = pn[2];
                if (afterIndex && fmt.widPresent) {
                    goodArgNum = false;
                }
            }

            if (i + 1 < end && format[i] == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                an = argNumber(argNum, format, i, nargs);
                argNum = an[0];
                i = an[1];
                afterIndex = an[2] != 0;
                if (i < end && format[i] == '*') {
                    i++;
                    int[] p = intFromArg(a, nargs, argNum);
                    fmt.prec = p[0];
                    fmt.precPresent = p[1] != 0;
                    argNum = p[2];
                    if (fmt.prec < 0) {
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (!fmt.precPresent) {
                        buf.writeAscii("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int[] pn = parseNum(format, i, end);
                    fmt.prec = pn[0];
                    fmt.precPresent = pn[1] != 0;
                    i = pn[2];
                    if (!fmt.precPresent) {
                        fmt.prec = 0;
                        fmt.precPresent = true;
                    }
                }
            }

            if (!afterIndex) {
                an = argNumber(argNum, format, i, nargs);
                argNum = an[0];
                i = an[1];
                afterIndex = an[2] != 0;
            }

            if (i >= end) {
                buf.writeAscii("%!(NOVERB)");
                break;
            }

            int verb = format[i] & 0xFF;
            int size = 1;
            if (verb >= 0x80) {
                int packed = minigo.interp.values.Utf8.decode(format, i, end);
                verb = minigo.interp.values.Utf8.rune(packed);
                size = minigo.interp.values.Utf8.width(packed);
            }
            i += size;

            if (verb == '%') {
                buf.writeByte('%');
            } else if (!goodArgNum) {
                buf.writeAscii("%!").writeRune(verb).writeAscii("(BADINDEX)");
            } else if (argNum >= nargs) {
                buf.writeAscii("%!").writeRune(verb).writeAscii("(MISSING)");
            } else {
                if (verb == 'v') {
                    fmt.sharpV = fmt.sharp;
                    fmt.sharp = false;
                    fmt.plusV = fmt.plus;
                    fmt.plus = false;
                }
                currentArgIndex = argNum;
                printArg(a.load(argNum), verb);
                argNum++;
            }
        }

        if (!reordered && argNum < nargs) {
            fmt.clearFlags();
            buf.writeAscii("%!(EXTRA ");
            for (int k = argNum; k < nargs; k++) {
                if (k > argNum) {
                    buf.writeAscii(", ");
                }
                Object extra = a.load(k);
                if (extra == null) {
                    buf.writeAscii("<nil>");
                } else {
                    buf.writeString(typeString((Type) ((Iface) extra).type));
                    buf.writeByte('=');
                    printArg(extra, 'v');
                }
            }
            buf.writeByte(')');
        }
    }

    /** Go's parsenum: a decimal number at format[start..end); {num, isnum, newi}. */
    private static int[] parseNum(byte[] s, int start, int end) {
        if (start >= end) {
            return new int[] {0, 0, end};
        }
        int num = 0;
        boolean isnum = false;
        int newi = start;
        for (; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++) {
            if (tooLarge(num)) {
                return new int[] {0, 0, end};
            }
            num = num * 10 + (s[newi] - '0');
            isnum = true;
        }
        return new int[] {num, isnum ? 1 : 0, newi};
    }

    private static boolean tooLarge(int x) {
        final int max = 1_000_000;
        return x > max || x < -max;
    }

    /** An explicit argument index [n] at format[i]: {newArgNum, newi, found}. */
    private int[] argNumber(int argNum, byte[] format, int i, int numArgs) {
        if (format.length <= i || format[i] != '[') {
            return new int[] {argNum, i, 0};
        }
        reordered = true;
        // parseArgNumber on format[i:]
        int index = 0;
        int wid = 1;
        boolean ok = false;
        int len = format.length - i;
        if (len >= 3) {
            for (int k = 1; k < len; k++) {
                if (format[i + k] == ']') {
                    int[] pn = parseNum(format, i + 1, i + k);
                    if (pn[1] == 0 || pn[2] != i + k) {
                        index = 0;
                        wid = k + 1;
                        ok = false;
                    } else {
                        index = pn[0] - 1;
                        wid = k + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && 0 <= index && index < numArgs) {
            return new int[] {index, i + wid, 1};
        }
        goodArgNum = false;
        return new int[] {argNum, i + wid, ok ? 1 : 0};
    }

    /** Width or precision from an operand (*): {num, isInt, newArgNum}. */
    private int[] intFromArg(GoSlice a, int nargs, int argNum) {
        int newArgNum = argNum;
        int num = 0;
        boolean isInt = false;
        if (argNum < nargs) {
            Object o = a.load(argNum);
            if (o instanceof Iface f && Types.isInteger((Type) f.type) && f.value instanceof Long l) {
                // Go accepts any integer operand whose value fits an int (unsigned ones below 2^63).
                if (!(Types.isUnsigned((Type) f.type) && l < 0)) {
                    if (l >= -1_000_001L && l <= 1_000_001L) {
                        num = (int) (long) l;
                    } else {
                        num = 2_000_000;
                    }
                    isInt = true;
                }
            }
            newArgNum = argNum + 1;
            if (tooLarge(num)) {
                num = 0;
                isInt = false;
            }
        }
        return new int[] {num, isInt ? 1 : 0, newArgNum};
    }

    // ------------------------------------------------------------------ operands

    void printArg(Object a, int verb) {
        arg = a instanceof Iface f && !isUntypedNil(f) ? f : null;
        value = null;
        valueType = null;
        hasValue = false;

        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                fmt.padString("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        Type t = (Type) arg.type;
        Object v = arg.value;
        if (verb == 'T') {
            fmt.fmtS(typeString(t).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (verb == 'p') {
            fmtPointer(v, t, 'p');
            return;
        }
        if (ReflectValue.isValue(t)) {
            printReflectValue(v, verb);
            return;
        }
        // Unnamed basic types and []byte are printed directly (Go's type switch in printArg).
        if (t instanceof Basic b) {
            printBasic(b.kind(), v, verb);
            return;
        }
        if (isByteSlice(t)) {
            fmtBytes(v, verb, "[]byte");
            return;
        }
        if (!handleMethods(verb)) {
            printValue(v, t, verb, 0, true);
        }
    }

    /**
     * An operand of type reflect.Value prints as the value it holds: its methods are asked first
     * when Interface may be called on it, then it is printed by its type. Only at the top level:
     * a Value inside another value is printed by its String method, as in Go.
     */
    private void printReflectValue(Object v, int verb) {
        ReflectValue.Contents c = ReflectValue.contents(v);
        if (c == null) {
            fmt.fmtS(INVALID_REFLECT_VALUE);
            return;
        }
        if (c.canInterface()) {
            arg = c.asInterface() instanceof Iface f ? f : null;
            if (handleMethods(verb)) {
                return;
            }
        }
        printValue(c.value(), c.type(), verb, 0, c.canInterface());
    }

    private static final byte[] INVALID_REFLECT_VALUE =
            "<invalid reflect.Value>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private void printBasic(BasicKind k, Object v, int verb) {
        switch (k) {
            case BOOL -> fmtBool((Boolean) v, verb);
            case FLOAT32 -> fmtFloat((Double) v, 32, verb);
            case FLOAT64 -> fmtFloat((Double) v, 64, verb);
            case COMPLEX64 -> fmtComplex((GoComplex) v, 64, verb);
            case COMPLEX128 -> fmtComplex((GoComplex) v, 128, verb);
            case INT, INT8, INT16, INT32, INT64 -> fmtInteger((Long) v, true, verb);
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> fmtInteger((Long) v, false, verb);
            case STRING -> fmtString((GoString) v, verb);
            case UNSAFE_POINTER -> fmtPointer(v, Basic.UNSAFE_POINTER, verb);
            default -> throw new IllegalStateException("fmt: untyped value " + k);
        }
    }

    /** Calls the operand's Formatter, GoStringer, error or Stringer method when the verb asks for one. */
    private boolean handleMethods(int verb) {
        if (erroring) {
            return false;
        }
        Iface a = arg;
        if (verb == 'w') {
            boolean isError = a != null && Methods.find(a, "Error", Methods.STRING_RESULT) != null;
            if (!isError || !wrapErrs || wrappedIndex >= 0) {
                wrappedIndex = -1;
                wrapErrs = false;
                badVerb(verb);
                return true;
            }
            wrappedIndex = currentArgIndex;
            verb = 'v';
        }
        if (a == null) {
            return false;
        }
        Object format = Methods.find(a, "Format", Methods.FORMAT);
        if (format != null) {
            final long formatVerb = verb;
            callMethod(a, verb, "Format", () -> {
                ArrayDeque<Printer> stack = IN_FORMAT.get();
                stack.addLast(this);
                try {
                    GoEnv.current().callFunc(format, state, formatVerb);
                } finally {
                    stack.removeLast();
                }
            });
            return true;
        }
        if (fmt.sharpV) {
            Object goString = Methods.find(a, "GoString", Methods.STRING_RESULT);
            if (goString != null) {
                final int v = verb;
                callMethod(a, v, "GoString", () -> fmt.fmtS(((GoString) GoEnv.current().callFunc(goString)).toByteArray()));
                return true;
            }
            return false;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                Object error = Methods.find(a, "Error", Methods.STRING_RESULT);
                if (error != null) {
                    final int v = verb;
                    callMethod(a, v, "Error", () -> fmtString((GoString) GoEnv.current().callFunc(error), v));
                    return true;
                }
                Object string = Methods.find(a, "String", Methods.STRING_RESULT);
                if (string != null) {
                    final int v = verb;
                    callMethod(a, v, "String", () -> fmtString((GoString) GoEnv.current().callFunc(string), v));
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** Runs a method call; a panic in it prints as %!verb(PANIC=Method method: value) (Go's catchPanic). */
    private void callMethod(Iface a, int verb, String method, Runnable call) {
        try {
            call.run();
        } catch (GoPanic e) {
            if (a.value == null && ((Type) a.type).underlying() instanceof Pointer) {
                buf.writeAscii("<nil>");
                return;
            }
            if (panicking) {
                throw e;
            }
            long oldFlags = fmt.saveFlags();
            fmt.clearFlags();
            buf.writeAscii("%!").writeRune(verb).writeAscii("(PANIC=").writeAscii(method).writeAscii(" method: ");
            panicking = true;
            printArg(panicValue(e), 'v');
            panicking = false;
            buf.writeByte(')');
            fmt.restoreFlags(oldFlags);
        }
    }

    /** The panic's value as fmt sees it: an interface value (a runtime error prints as its message). */
    private static Object panicValue(GoPanic e) {
        if (e.value instanceof RuntimeError re) {
            return new Iface(Basic.STRING, re.errorString());
        }
        return e.value;
    }

    void badVerb(int verb) {
        erroring = true;
        buf.writeAscii("%!").writeRune(verb).writeByte('(');
        if (arg != null) {
            buf.writeString(typeString((Type) arg.type));
            buf.writeByte('=');
            printArg(arg, 'v');
        } else if (hasValue) {
            buf.writeString(typeString(valueType));
            buf.writeByte('=');
            printValue(value, valueType, 'v', 0, false);
        } else {
            buf.writeAscii("<nil>");
        }
        buf.writeByte(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            fmt.fmtBoolean(v);
        } else {
            badVerb(verb);
        }
    }

    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = fmt.sharp;
        fmt.sharp = leading0x;
        fmt.fmtInteger(v, 16, false, 'v', Fmt.LDIGITS);
        fmt.sharp = sharp;
    }

    private void fmtInteger(long v, boolean isSigned, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV && !isSigned) {
                    fmt0x64(v, true);
                } else {
                    fmt.fmtInteger(v, 10, isSigned, verb, Fmt.LDIGITS);
                }
            }
            case 'd' -> fmt.fmtInteger(v, 10, isSigned, verb, Fmt.LDIGITS);
            case 'b' -> fmt.fmtInteger(v, 2, isSigned, verb, Fmt.LDIGITS);
            case 'o', 'O' -> fmt.fmtInteger(v, 8, isSigned, verb, Fmt.LDIGITS);
            case 'x' -> fmt.fmtInteger(v, 16, isSigned, verb, Fmt.LDIGITS);
            case 'X' -> fmt.fmtInteger(v, 16, isSigned, verb, Fmt.UDIGITS);
            case 'c' -> fmt.fmtC(v);
            case 'q' -> fmt.fmtQc(v);
            case 'U' -> fmt.fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmt.fmtFloat(v, size, verb, -1);
            case 'f', 'e', 'E' -> fmt.fmtFloat(v, size, verb, 6);
            case 'F' -> fmt.fmtFloat(v, size, 'f', 6);
            default -> badVerb(verb);
        }
    }

    private void fmtComplex(GoComplex v, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                boolean oldPlus = fmt.plus;
                buf.writeByte('(');
                fmtFloat(v.re, size / 2, verb);
                fmt.plus = true;
                fmtFloat(v.im, size / 2, verb);
                buf.writeAscii("i)");
                fmt.plus = oldPlus;
            }
            default -> badVerb(verb);
        }
    }

    private void fmtString(GoString s, int verb) {
        byte[] b = s.toByteArray();
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    fmt.fmtQ(b, 0, b.length);
                } else {
                    fmt.fmtS(b);
                }
            }
            case 's' -> fmt.fmtS(b);
            case 'x' -> fmt.fmtSbx(b, 0, b.length, Fmt.LDIGITS);
            case 'X' -> fmt.fmtSbx(b, 0, b.length, Fmt.UDIGITS);
            case 'q' -> fmt.fmtQ(b, 0, b.length);
            default -> badVerb(verb);
        }
    }

    /** A byte slice or array (v: GoSlice, null or GoArray) under %v %d %s %q %x %X. */
    private void fmtBytes(Object v, int verb, String typeString) {
        byte[] b = bytesOf(v);
        switch (verb) {
            case 'v', 'd' -> {
                if (fmt.sharpV) {
                    buf.writeString(typeString);
                    if (v == null) {
                        buf.writeAscii("(nil)");
                        return;
                    }
                    buf.writeByte('{');
                    for (int i = 0; i < b.length; i++) {
                        if (i > 0) {
                            buf.writeAscii(", ");
                        }
                        fmt0x64(b[i] & 0xFF, true);
                    }
                    buf.writeByte('}');
                } else {
                    buf.writeByte('[');
                    for (int i = 0; i < b.length; i++) {
                        if (i > 0) {
                            buf.writeByte(' ');
                        }
                        fmt.fmtInteger(b[i] & 0xFF, 10, false, verb, Fmt.LDIGITS);
                    }
                    buf.writeByte(']');
                }
            }
            case 's' -> fmt.fmtS(b);
            case 'x' -> fmt.fmtSbx(b, 0, b.length, Fmt.LDIGITS);
            case 'X' -> fmt.fmtSbx(b, 0, b.length, Fmt.UDIGITS);
            case 'q' -> fmt.fmtQ(b, 0, b.length);
            default -> printValue(v, new Slice(Basic.UINT8), verb, 0, true);
        }
    }

    private static byte[] bytesOf(Object v) {
        if (v == null) {
            return new byte[0];
        }
        if (v instanceof GoSlice s) {
            byte[] b = new byte[s.len];
            for (int i = 0; i < s.len; i++) {
                b[i] = (byte) s.getLong(i);
            }
            return b;
        }
        GoArray a = (GoArray) v;
        byte[] b = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = (byte) a.getLong(i);
        }
        return b;
    }

    private void fmtPointer(Object v, Type t, int verb) {
        Type u = t.underlying();
        boolean pointerLike = u instanceof Pointer || u instanceof Chan || u instanceof Signature
                || u instanceof MapType || u instanceof Slice
                || (u instanceof Basic b && b.kind() == BasicKind.UNSAFE_POINTER);
        if (!pointerLike) {
            badVerb(verb);
            return;
        }
        long addr = Addresses.of(v, u);
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    buf.writeByte('(').writeString(typeString(t)).writeAscii(")(");
                    if (addr == 0) {
                        buf.writeAscii("nil");
                    } else {
                        fmt0x64(addr, true);
                    }
                    buf.writeByte(')');
                } else {
                    if (addr == 0) {
                        fmt.padString("<nil>");
                    } else {
                        fmt0x64(addr, !fmt.sharp);
                    }
                }
            }
            case 'p' -> fmt0x64(addr, !fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(addr, false, verb);
            default -> badVerb(verb);
        }
    }

    /**
     * Prints v, a value of type t, by its kind (Go's printValue over reflect.Value). depth &gt; 0 for
     * values inside others; canIface is false for values reached through unexported struct fields,
     * whose methods Go does not call.
     */
    void printValue(Object v, Type t, int verb, int depth, boolean canIface) {
        if (depth > 0 && canIface) {
            Type ut = t.underlying();
            if (ut instanceof Interface) {
                arg = (Iface) v;
            } else {
                arg = new Iface(t, v);
            }
            if (handleMethods(verb)) {
                return;
            }
        }
        arg = null;
        value = v;
        valueType = t;
        hasValue = true;

        Type u = t.underlying();
        if (u instanceof Basic b) {
            printBasic(b.kind(), v, verb);
        } else if (u instanceof MapType m) {
            GoMap map = (GoMap) v;
            if (fmt.sharpV) {
                buf.writeString(typeString(t));
                if (map == null) {
                    buf.writeAscii("(nil)");
                    return;
                }
                buf.writeByte('{');
            } else {
                buf.writeAscii("map[");
            }
            if (map != null) {
                Object[][] entries = map.sortedEntries();
                for (int i = 0; i < entries[0].length; i++) {
                    if (i > 0) {
                        if (fmt.sharpV) {
                            buf.writeAscii(", ");
                        } else {
                            buf.writeByte(' ');
                        }
                    }
                    printValue(entries[0][i], m.key(), verb, depth + 1, canIface);
                    buf.writeByte(':');
                    printValue(entries[1][i], m.elem(), verb, depth + 1, canIface);
                }
            }
            buf.writeByte(fmt.sharpV ? '}' : ']');
        } else if (u instanceof Struct s) {
            GoStruct st = (GoStruct) v;
            if (fmt.sharpV) {
                buf.writeString(typeString(t));
            }
            buf.writeByte('{');
            for (int i = 0; i < s.numFields(); i++) {
                if (i > 0) {
                    if (fmt.sharpV) {
                        buf.writeAscii(", ");
                    } else {
                        buf.writeByte(' ');
                    }
                }
                Var f = s.field(i);
                if (fmt.plusV || fmt.sharpV) {
                    if (!f.name().isEmpty()) {
                        buf.writeString(f.name());
                        buf.writeByte(':');
                    }
                }
                printValue(st.load(i), f.type(), verb, depth + 1, canIface && f.exported());
            }
            buf.writeByte('}');
        } else if (u instanceof Interface) {
            Iface inner = (Iface) v;
            if (inner == null) {
                if (fmt.sharpV) {
                    buf.writeString(typeString(t));
                    buf.writeAscii("(nil)");
                } else {
                    buf.writeAscii("<nil>");
                }
            } else {
                printValue(inner.value, (Type) inner.type, verb, depth + 1, canIface);
            }
        } else if (u instanceof Array || u instanceof Slice) {
            Type elem = u instanceof Array arr ? arr.elem() : ((Slice) u).elem();
            if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
                    && elem.underlying() instanceof Basic eb && eb.kind() == BasicKind.UINT8) {
                fmtBytes(v, verb, typeString(t));
                return;
            }
            if (fmt.sharpV) {
                buf.writeString(typeString(t));
                if (u instanceof Slice && v == null) {
                    buf.writeAscii("(nil)");
                    return;
                }
                buf.writeByte('{');
                int n = length(v);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        buf.writeAscii(", ");
                    }
                    printValue(element(v, i), elem, verb, depth + 1, canIface);
                }
                buf.writeByte('}');
            } else {
                buf.writeByte('[');
                int n = length(v);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        buf.writeByte(' ');
                    }
                    printValue(element(v, i), elem, verb, depth + 1, canIface);
                }
                buf.writeByte(']');
            }
        } else if (u instanceof Pointer p) {
            if (depth == 0 && v != null) {
                Type eu = p.elem().underlying();
                if (eu instanceof Array || eu instanceof Slice || eu instanceof Struct || eu instanceof MapType) {
                    buf.writeByte('&');
                    printValue(deref(v, p.elem()), p.elem(), verb, depth + 1, canIface);
                    return;
                }
            }
            fmtPointer(v, t, verb);
        } else if (u instanceof Chan || u instanceof Signature) {
            fmtPointer(v, t, verb);
        } else {
            buf.writeByte('?').writeString(typeString(t)).writeByte('?');
        }
    }

    /** The pointee of a non-nil pointer: a struct or array location is its own pointer; others go through Pointer. */
    private static Object deref(Object p, Type elem) {
        Type eu = elem.underlying();
        if (eu instanceof Struct || eu instanceof Array) {
            return p;
        }
        return ((minigo.interp.values.Pointer) p).load();
    }

    private static int length(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof GoSlice s) {
            return s.len;
        }
        return ((GoArray) v).length;
    }

    private static Object element(Object v, int i) {
        if (v instanceof GoSlice s) {
            return s.load(i);
        }
        return ((GoArray) v).load(i);
    }

    // ------------------------------------------------------------------ types

    /** The type as reflect spells it (%T, %#v): byte and rune as uint8 and int32, interface {} with a space. */
    static String typeString(Type t) {
        return minigo.types.TypeString.of(t);
    }

    /** A nil interface must be null in the value model; tolerate an Iface of untyped nil as the same. */
    private static boolean isUntypedNil(Iface f) {
        return f.type instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL;
    }

    private static boolean isStringKind(Type t) {
        return t.underlying() instanceof Basic b && b.kind() == BasicKind.STRING;
    }

    /** The unnamed type []byte (= []uint8), which printArg formats directly. */
    private static boolean isByteSlice(Type t) {
        return t instanceof Slice s && s.elem() instanceof Basic b && b.kind() == BasicKind.UINT8;
    }

    static boolean isNamed(Type t) {
        return t instanceof Named;
    }
}

/**
 * The Go standard packages minigo offers: Go's API of Go 1.19, Go's output byte for byte.
 *
 * <h2>How a package is made</h2>
 * A package {@code P} is Go source under {@code src/main/resources/minigo/stdlib/P/}, listed one
 * file per line in {@code P/FILES}. The build parses those files and makes their escape decisions once
 * ({@code minigo.escape.ExportStdlib}, at process-classes), into {@code P/export.bin} beside them, the
 * package's export data ({@code minigo.types.StdExport}); a run reads that instead of parsing and
 * analysing, type-checks the package's declarations and the bodies it uses like user code, and the
 * interpreter runs it like user code. A function declared without
 * a body is <em>native</em>: the interpreter binds it to the {@link minigo.interp.natives.NativeFunction}
 * registered under {@code "P.Func"}, or {@code "P.Type.Method"} for a method (pointer receivers
 * included: {@code "strings.Builder.WriteString"}), by the {@link minigo.interp.natives.NativeProvider}s
 * listed in {@code META-INF/services} (one per package here: {@code minigo.stdlib.fmt.FmtNatives},
 * ...). Natives take and return values in minigo's value model ({@code minigo.interp.values}):
 * integers as {@code Long}, strings as {@code GoString}, a variadic parameter as one
 * {@code GoSlice}, interfaces as {@code Iface(type, value)}, several results as {@code Object[]}.
 * {@code NativesCompleteTest} checks that every body-less declaration has its native.
 *
 * <h2>What is Go and what is Java, and why</h2>
 * <table>
 * <caption>where each package's code lives</caption>
 * <tr><th>package</th><th>Go source</th><th>Java natives</th></tr>
 * <tr><td>errors</td><td>all of it</td><td>the two reflective questions (comparable type; store into *target)</td></tr>
 * <tr><td>fmt</td><td>the Print, Sprint, Fprint and Append families, Errorf, wrapError, all of
 *   scanning (Scan, Fscan, Sscan and their ln and f forms, Scanner)</td><td>the formatting engine
 *   ({@link minigo.stdlib.fmt}): it walks values by their types, as Go's does with reflect</td></tr>
 * <tr><td>strings, bytes</td><td>everything that allocates (Split, Fields, Join, Replace, Builder, Buffer...)</td>
 *   <td>the searching kernels Go writes in assembly (Index, IndexByte, Count, Compare, Equal)</td></tr>
 * <tr><td>strconv</td><td>integers, quoting, NumError</td><td>float formatting and parsing
 *   ({@link minigo.stdlib.strconv})</td></tr>
 * <tr><td>unicode, unicode/utf8</td><td>utf8 entirely; unicode's Latin-1 fast paths</td><td>Unicode tables</td></tr>
 * <tr><td>math</td><td>constants, bit-level helpers</td><td>the functions ({@link minigo.stdlib.math.GoMath}: Go's
 *   algorithms, bit-exact)</td></tr>
 * <tr><td>sort</td><td>pdqsort and SymMerge exactly as Go 1.19 (equal elements end where Go puts them)</td>
 *   <td>reflect's slice length and swap; Ints and Strings</td></tr>
 * <tr><td>reflect</td><td>Type and Value: the kind checks and Go's panics, StructTag, MapIter</td>
 *   <td>everything that reads types or values ({@link minigo.stdlib.reflect}: types are the checker's,
 *   a Value is a pointer to its location), DeepEqual</td></tr>
 * <tr><td>sync, sync/atomic</td><td>Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool; atomic types</td>
 *   <td>semaphores (the scheduler), the atomic operations</td></tr>
 * <tr><td>bufio</td><td>all of it: Reader, Writer, Scanner and its split functions</td><td>none</td></tr>
 * <tr><td>path, path/filepath, container/heap, container/list, container/ring, flag, log, io/fs,
 *   io/ioutil, text/tabwriter, encoding/hex, encoding/base64</td><td>all of it (filepath: the lexical
 *   functions, Abs, Rel, Walk, WalkDir, Glob; flag: no TextVar; io/fs: the types os and filepath
 *   share, no FS interface; io/ioutil: the io and os functions it names, ReadDir over os.ReadDir)</td>
 *   <td>none</td></tr>
 * <tr><td>math/bits</td><td>everything but the 64-bit primitives</td><td>the JDK's intrinsics: leading
 *   and trailing zeros, ones count, reversals, the high word of a product</td></tr>
 * <tr><td>math/rand</td><td>all of it: Go's lagged Fibonacci generator and every derivation, so a seed
 *   gives Go's sequence; its data tables come from Go by {@code tools/gen-rand-tables.sh}</td><td>none</td></tr>
 * <tr><td>os, io, time, runtime, runtime/debug</td><td>types, Duration, MemStats, helpers; io's Pipe,
 *   MultiReader, TeeReader; os's RemoveAll, MkdirTemp, Expand, the Walk-free parts of directories</td>
 *   <td>streams, files (a descriptor table per program), stat, directory listings, the environment
 *   (a copy per program, {@link minigo.stdlib.os.Environment}), clock, sleep, runtime.Caller, GC and
 *   scheduler entry points ({@link minigo.stdlib.runtime.RuntimeBridge})</td></tr>
 * </table>
 * Go source is the default because it is interpreted like user code: escape analysis sees its
 * allocations, MemStats counts them, and a {@code strings.Builder} grows exactly as Go's does. Java
 * is used where Go itself uses assembly or reflection, where the work needs the host (streams,
 * clock, runtime), or where interpreting would be needlessly slow and allocates nothing visible (fmt's
 * engine uses a printer Go takes from a pool; its only visible allocation is the result string).
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Signatures are exactly Go 1.19's; unexported helpers may be added, never exported names that Go
 *     lacks.</li>
 * <li>Every output format is checked against real Go: golden tables recorded by
 *     {@code src/test/go/regen.sh} (FormatFloat, ParseFloat, 36,000 Sprintf cases, math bits), and
 *     {@code src/test/go/gocheck/build.sh}, which compiles our Go sources with the Go toolchain and
 *     compares them with Go's packages, and {@code src/test/go/diffcheck/run.sh}, which runs our
 *     bufio, path, path/filepath, container/heap, container/list, container/ring, text/tabwriter
 *     and time (ParseDuration, Date, Format, Parse) beside Go's on random inputs and call
 *     sequences.</li>
 * <li>A native never throws a Java exception for a Go-level failure: it panics with a
 *     {@code GoPanic} carrying Go's message.</li>
 * </ul>
 */
package minigo.stdlib;

/**
 * The {@code minigo} command line, shaped after the {@code go} command.
 *
 * <h2>What a command does</h2>
 * <table>
 * <caption>Commands and their exit statuses</caption>
 * <tr><th>command</th><th>does</th><th>exit status</th></tr>
 * <tr><td>{@code run files... [args]}</td><td>reads, checks and runs the program</td>
 *     <td>the program's own; 2 if it does not compile; 1 if a file cannot be read</td></tr>
 * <tr><td>{@code build files...}</td><td>reads and checks; with {@code -gcflags=-m} prints escape analysis</td>
 *     <td>0, or 2 if it does not compile</td></tr>
 * <tr><td>{@code version}, {@code help}</td><td>print</td><td>0</td></tr>
 * <tr><td>anything</td><td>a bug of minigo: {@code minigo: internal error: ...}</td><td>3</td></tr>
 * </table>
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Nothing the user types produces a Java stack trace: bad flags, missing files and invalid Go get
 *     Go's words ({@link minigo.cli.GoFiles}, {@link minigo.cli.GcFlags}); compile errors print under
 *     {@code # command-line-arguments}, at most ten, as {@code go run} prints them.</li>
 * <li>File names in messages are the ones Go prints: {@code ./p.go} in the current directory, else
 *     the shorter of the relative and absolute paths.</li>
 * <li>{@link minigo.cli.Main#execute} never throws and never calls {@code System.exit}, so tests
 *     run minigo in-process.</li>
 * </ul>
 */
package minigo.cli;

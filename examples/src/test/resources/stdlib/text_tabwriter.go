// text/tabwriter: column blocks padded with spaces, other characters and tabs; minwidth, tabwidth
// and padding; the flags AlignRight, Debug, DiscardEmptyColumns, FilterHTML, StripEscape and
// TabIndent; form feeds, text split across Writes, multi-byte runes, when output is written, and
// the errors of the output writer.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

// show formats text with the given settings and prints the result quoted line by line, so that
// padding and tabs are visible.
func show(title, text string, minwidth, tabwidth, padding int, padchar byte, flags uint) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	io.WriteString(w, text)
	if err := w.Flush(); err != nil {
		fmt.Println("Flush:", err)
	}
	fmt.Printf("%s:\n", title)
	for _, line := range strings.SplitAfter(sb.String(), "\n") {
		fmt.Printf("  %q\n", line)
	}
}

const table = "name\tsize\tkind\n" +
	"a.go\t1024\tfile\n" +
	"directory\t4096\tdir\n" +
	"x\t7\t\n" +
	"no tabs here\n" +
	"after\tthe break\tends\n"

// recorder records each Write call it receives.
type recorder struct{ calls []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	return len(p), nil
}

// failAfter accepts n writes, then fails every one, short or with an error.
type failAfter struct {
	n     int
	short bool
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n > 0 {
		f.n--
		return len(p), nil
	}
	if f.short && len(p) > 0 {
		return len(p) - 1, nil
	}
	return 0, errors.New("device full")
}

type panicky struct{}

func (panicky) Write(p []byte) (int, error) { panic("output exploded") }

func main() {
	show("spaces, padding 1", table, 0, 8, 1, ' ', 0)
	show("minwidth 6, padding 2", table, 6, 8, 2, ' ', 0)
	show("padchar '.'", table, 0, 8, 1, '.', 0)
	show("padchar '\\t', tabwidth 8", table, 0, 8, 1, '\t', 0)
	show("padchar '\\t', tabwidth 4", table, 0, 4, 1, '\t', 0)
	show("padchar '\\t', tabwidth 0", table, 0, 0, 1, '\t', 0)
	show("AlignRight", table, 0, 8, 1, ' ', tabwriter.AlignRight)
	show("AlignRight with '\\t' is left", table, 0, 8, 1, '\t', tabwriter.AlignRight)
	show("Debug", table, 0, 8, 1, ' ', tabwriter.Debug)
	show("Debug|AlignRight", table, 5, 8, 0, '-', tabwriter.Debug|tabwriter.AlignRight)

	// Columns are blocks of adjacent lines; a column's width is its block's, not the whole table's.
	show("nested blocks", "a\tb\tc\td\n"+
		"aaaa\tbbbbbbb\tc\n"+
		"aa\tb\n"+
		"a\tbbbbbbbbbbbbb\tccc\tdd\n"+
		"\n"+
		"a\tb\n", 0, 8, 1, ' ', tabwriter.Debug)

	// Trailing tabs: a line ending in a tab has an empty last cell; text without a final newline
	// stays a last cell; and text ending in a tab keeps that cell in its column.
	show("trailing tab", "a\tbb\t\nccc\tdddd\t\n", 0, 8, 1, ' ', tabwriter.Debug)
	show("no final newline", "a\tb\nccc\td", 0, 8, 1, '.', 0)
	show("ends in a tab", "a\tb\nccc\t", 0, 8, 1, '.', tabwriter.Debug)

	// Vertical tabs end cells like tabs; DiscardEmptyColumns drops columns of empty \v cells only.
	vt := "a\v\vb\tc\n" + "aa\v\vbb\tc\n" + "a\t\tb\tc\n"
	show("\\v cells", vt, 0, 8, 1, '.', tabwriter.Debug)
	show("DiscardEmptyColumns", vt, 0, 8, 1, '.', tabwriter.Debug|tabwriter.DiscardEmptyColumns)
	show("DiscardEmptyColumns, all \\v", "x\v\vy\nxx\v\vyy\n", 0, 8, 1, '.', tabwriter.Debug|tabwriter.DiscardEmptyColumns)

	// TabIndent: leading empty cells are indentation and take tabs even when padchar is ' '.
	code := "func\tf() {\n\t\tx := 1\t// one\n\t\tlonger := 22\t// two\n}\n"
	show("TabIndent", code, 0, 4, 1, ' ', tabwriter.TabIndent)
	show("no TabIndent", code, 0, 4, 1, ' ', 0)

	// Widths count runes, not bytes.
	show("runes", "héllo\twörld\n世界\t!\nabc\tdef\n", 0, 8, 1, '_', tabwriter.Debug)

	// FilterHTML: tags take no room, entities one character; other text is untouched.
	html := "<b>bold</b>\t&lt;tag&gt;\tx\nplain\ta&amp;b\ty\n"
	show("FilterHTML", html, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.Debug)
	show("no FilterHTML", html, 0, 8, 1, ' ', tabwriter.Debug)

	// Escape: text between Escape bytes is one piece of cell text, tabs included.
	esc := "\xffa\tb\xff\tc\nxy\tz\n"
	show("Escape", esc, 0, 8, 1, '.', tabwriter.Debug)
	show("StripEscape", esc, 0, 8, 1, '.', tabwriter.Debug|tabwriter.StripEscape)
	show("unterminated escape", "a\tb\n\xffcc\tdd", 0, 8, 1, '.', tabwriter.StripEscape)

	// Form feeds end every block and flush; with Debug they print a "---" line.
	ff := "a\tbbbb\tc\nxxxxxxx\ty\tz\f" + "a\tbbbb\tc\n"
	show("form feed", ff, 0, 8, 1, '.', 0)
	show("form feed, Debug", ff, 0, 8, 1, '.', tabwriter.Debug)

	// Text split across Writes, even inside cells, escapes and tags, formats the same.
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.Debug)
	input := "<i>k</i>ey\tva&amp;lue\nlonger key\tv\n\xffe\tsc\xff\tok\n"
	for i := 0; i < len(input); i += 3 {
		end := i + 3
		if end > len(input) {
			end = len(input)
		}
		n, err := w.Write([]byte(input[i:end]))
		if n != end-i || err != nil {
			fmt.Println("Write:", n, err)
		}
	}
	w.Flush()
	fmt.Printf("split writes:\n%s", sb.String())

	// Output is written when lines are final: at a line without tabs, a form feed or Flush.
	rec := &recorder{}
	w = tabwriter.NewWriter(rec, 0, 8, 1, ' ', 0)
	for _, s := range []string{"a\tb\n", "cc\td\n", "title\n", "e\tf\n", "g\fh\ti\n", "tail"} {
		fmt.Fprint(w, s)
		fmt.Printf("after %q: %q\n", s, rec.calls)
		rec.calls = nil
	}
	w.Flush()
	fmt.Printf("after Flush: %q\n", rec.calls)

	// Init reuses a Writer with new settings, dropping anything buffered.
	var out strings.Builder
	w.Init(&out, 0, 8, 2, '*', tabwriter.AlignRight)
	fmt.Fprint(w, "1\t22\t333\n4444\t5\t6\n")
	w.Flush()
	fmt.Printf("Init again:\n%s", out.String())
	var zero tabwriter.Writer
	zero.Init(os.Stdout, 10, 8, 0, ' ', 0)
	fmt.Fprintln(&zero, "zero Writer\tinitialised\t|")
	fmt.Fprintln(&zero, "x\ty\t|")
	zero.Flush()

	// Errors of the output end the Write or Flush that met them.
	w = tabwriter.NewWriter(&failAfter{n: 1}, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("a\tb\nc\n"))
	fmt.Println("Write with a failing output:", n, err)
	w = tabwriter.NewWriter(&failAfter{n: 2}, 0, 8, 1, ' ', 0)
	n, err = w.Write([]byte("a\tb\ncc\td\n"))
	fmt.Println("Write buffering only:", n, err, "then Flush:", w.Flush())
	fmt.Println("Flush after the failed one:", w.Flush())
	w = tabwriter.NewWriter(&failAfter{n: 0, short: true}, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "abc\tdef")
	fmt.Println("Flush with a short write:", w.Flush(), w.Flush() == nil)
	w = tabwriter.NewWriter(&failAfter{n: 3}, 0, 8, 1, ' ', tabwriter.Debug)
	n, err = w.Write([]byte("a\tb\fmore"))
	fmt.Println("form feed with a failing output:", n, err)

	// Panics: the output's become tabwriter's; negative settings are refused.
	func() {
		defer func() { fmt.Println("panicking output:", recover()) }()
		w = tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
		fmt.Fprint(w, "a\tb\n")
		w.Flush()
	}()
	func() {
		defer func() { fmt.Println("panicking output in Write:", recover()) }()
		w = tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
		w.Write([]byte("one line\n"))
	}()
	func() {
		defer func() { fmt.Println("negative padding:", recover()) }()
		tabwriter.NewWriter(os.Stdout, 0, 8, -1, ' ', 0)
	}()
	fmt.Println("flags:", tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight,
		tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)

	// The usual use: a table to standard output.
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PACKAGE\tFUNCS\tSTATUS")
	fmt.Fprintln(tw, "container/ring\t8\tok")
	fmt.Fprintln(tw, "io/ioutil\t8\tdeprecated")
	fmt.Fprintln(tw, "text/tabwriter\t4\tok")
	tw.Flush()
}

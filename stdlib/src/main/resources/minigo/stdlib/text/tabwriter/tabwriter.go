// Package tabwriter: Go 1.19's text/tabwriter, an io.Writer filter that lines up tab-separated
// text in columns.
//
// The input is buffered as lines of cells. A cell is the text before a tab or vertical tab (a
// terminated cell), or the text before the end of its line (the line's last cell, which belongs
// to no column and is never padded). Column k of a line exists when the line has more than k
// terminated cells; a column block is a run of adjacent lines that all have column k, nested in a
// block of column k-1. Every cell of a block is padded to the block's width: its widest cell plus
// the padding, or minwidth if that is more. A line without terminated cells ends every block, so
// Write flushes what it has then; Flush and a form feed flush too.
//
// Errors of the underlying writer end the Write or Flush that met them and are returned by it; the
// text buffered until then is dropped (Go keeps it, in a state that is not meant to be used).
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// The flags of Init and NewWriter.
const (
	// FilterHTML: HTML tags have width 0 and entities (from '&' to ';') width 1.
	FilterHTML uint = 1 << iota
	// StripEscape: the Escape bytes around an escaped segment are dropped instead of written.
	StripEscape
	// AlignRight: cell text goes after its padding (ignored when padchar is '\t').
	AlignRight
	// DiscardEmptyColumns: a column block whose cells are all empty and ended by '\v' has width 0.
	DiscardEmptyColumns
	// TabIndent: leading empty cells are padded with tabs whatever padchar is.
	TabIndent
	// Debug: a '|' between the cells of a line, and a "---" line where a form feed flushed.
	Debug
)

// Escape starts and ends an escaped text segment: its bytes are cell text, tabs and newlines
// included, and its width is its rune count without the two Escape bytes.
const Escape = '\xff'

// What the Writer writes besides cell text and padding.
var (
	newline = []byte{'\n'}
	vbar    = []byte{'|'}                // Debug: between cells
	hbar    = []byte("---\n")            // Debug: where a form feed flushed
	tabs    = []byte("\t\t\t\t\t\t\t\t") // padding with tabs, 8 at a time
)

// cell is one cell of a buffered line; its text is the next size bytes of Writer.text.
type cell struct {
	size  int  // bytes of text
	width int  // width in the output: runes, less escapes and tags
	htab  bool // ended by '\t' rather than '\v' (an empty such cell is not discardable)
}

// A Writer is a filter inserting padding around tab-delimited columns. Its zero value must be
// initialised with Init before use.
type Writer struct {
	// The settings of Init.
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte // padchar, 8 times: padding is written in chunks of 8
	flags    uint

	// The buffered input.
	text    []byte   // the text of every buffered cell, in order
	lines   [][]cell // the buffered lines; the last one is still open
	cur     cell     // the open cell, at the end of text
	counted int      // text[:counted] has been counted into the widths of the cells
	closing byte     // inside an escaped segment or HTML tag or entity: the byte that ends it

	// Formatting state of a flush.
	widths  []int // the widths of the columns of the block being written, column 0 first
	printed int   // text[:printed] has been written
	err     error // the first error of the output; writing stops there
}

// Init sets up b to write to output with the given settings and drops anything buffered; it
// returns b. minwidth is the least width of a column, padding included; tabwidth the width of a
// tab in the output (padchar '\t' pads to multiples of it); padding is added to the widest cell's
// width; padchar pads the cells (a '\t' forces left alignment); flags are the flags above, or'ed.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		// Text after a tab of unknown width cannot be right-aligned.
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates a Writer and initialises it with Init.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// reset empties the buffer, keeping its storage: one open line with no cells.
func (b *Writer) reset() {
	b.text = b.text[:0]
	b.lines = b.lines[:0]
	b.newLine()
	b.cur = cell{}
	b.counted = 0
	b.closing = 0
	b.widths = b.widths[:0]
	b.printed = 0
}

// Write buffers buf's text, writing lines out when they can no longer change: at a form feed, and
// at a newline that ends a line without terminated cells. It returns len(buf), or on an error of
// the output the count of bytes up to the newline or form feed whose flush failed.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.catchPanic("Write")
	start := 0 // buf[start:i] is the open cell's text not yet added to b.text
	for i, ch := range buf {
		if b.closing != 0 {
			// Inside an escaped segment, tag or entity, only its closing byte means anything.
			if ch == b.closing {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.addText(buf[start:end])
				start = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.addText(buf[start:i])
			b.countWidth()
			start = i + 1
			cells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.newLine()
				// A line with one cell (no tabs) has no columns, so no block goes on past it and
				// the lines so far are final.
				if ch == '\f' || cells == 1 {
					b.flushBuffered()
					if ch == '\f' && b.flags&Debug != 0 {
						b.write(hbar)
					}
					if b.err != nil {
						err = b.err
						b.err = nil
						return start, err
					}
				}
			}
		case Escape:
			b.addText(buf[start:i])
			b.countWidth()
			start = i
			if b.flags&StripEscape != 0 {
				start++
			}
			b.closing = Escape
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.addText(buf[start:i])
				b.countWidth()
				start = i
				b.closing = '>'
				if ch == '&' {
					b.closing = ';'
				}
			}
		}
	}
	// The rest is the open cell's; its width is counted when the cell ends.
	b.addText(buf[start:])
	return len(buf), nil
}

// Flush writes out everything buffered, the open line without a newline. It must be called after
// the last Write, or the text since the last flush is lost.
func (b *Writer) Flush() error {
	defer b.catchPanic("Flush")
	b.flushBuffered()
	err := b.err
	b.err = nil
	return err
}

// catchPanic turns a panic of the output writer (or of the formatting) into Go's panic of the
// operation that was under way, after emptying the buffer when flushing.
func (b *Writer) catchPanic(op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		panic("tabwriter: panic during " + op)
	}
}

// newLine opens a new line, reusing the storage of an earlier one when there is.
func (b *Writer) newLine() {
	n := len(b.lines)
	if n < cap(b.lines) {
		b.lines = b.lines[:n+1]
		b.lines[n] = b.lines[n][:0]
		return
	}
	b.lines = append(b.lines, nil)
}

// addText appends text to the open cell.
func (b *Writer) addText(text []byte) {
	b.text = append(b.text, text...)
	b.cur.size += len(text)
}

// countWidth adds the runes of the open cell's uncounted text to its width.
func (b *Writer) countWidth() {
	b.cur.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

// endEscape ends the escaped segment, tag or entity whose last byte was just added.
func (b *Writer) endEscape() {
	switch b.closing {
	case Escape:
		b.countWidth()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2 // the Escape bytes are written but take no room
		}
	case '>':
		// a tag takes no room
	case ';':
		b.cur.width++ // an entity is one character
	}
	b.counted = len(b.text)
	b.closing = 0
}

// endCell appends the open cell to the open line and returns the line's number of cells.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cur)
	b.cur = cell{}
	return len(b.lines[last])
}

// flushBuffered writes every buffered line and empties the buffer. The open cell becomes the open
// line's last cell, unless it is empty: text ending in a tab keeps that tab's cell in its column.
func (b *Writer) flushBuffered() {
	if b.cur.size > 0 {
		if b.closing != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.writeBlocks(0, len(b.lines))
	b.reset()
}

// writeBlocks writes lines[from:to], in which every line has the columns whose widths are in
// b.widths. It finds the blocks of the next column among them, measures each and writes its lines
// with that width added; the lines without the column have all their cells' widths already.
func (b *Writer) writeBlocks(from, to int) {
	column := len(b.widths)
	for i := from; i < to; {
		if !b.hasColumn(i, column) {
			b.writeLine(i)
			i++
			continue
		}
		width := b.minwidth
		discardable := true
		end := i
		for ; end < to && b.hasColumn(end, column); end++ {
			c := b.lines[end][column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		b.writeBlocks(i, end)
		b.widths = b.widths[:column]
		i = end
	}
}

// hasColumn reports whether line i has a terminated cell in column: one that is not its last.
func (b *Writer) hasColumn(i, column int) bool {
	return column < len(b.lines[i])-1
}

// writeLine writes line i, its cells padded to the column widths, and a newline unless it is the
// open line (the last).
func (b *Writer) writeLine(i int) {
	// Leading empty cells are indentation; TabIndent pads them with tabs.
	indent := b.flags&TabIndent != 0
	for j, c := range b.lines[i] {
		if j > 0 && b.flags&Debug != 0 {
			b.write(vbar)
		}
		padded := j < len(b.widths) // the last cell is in no column
		if c.size == 0 {
			if padded {
				b.pad(c.width, b.widths[j], indent)
			}
			continue
		}
		indent = false
		text := b.text[b.printed : b.printed+c.size]
		b.printed += c.size
		if b.flags&AlignRight != 0 {
			if padded {
				b.pad(c.width, b.widths[j], false)
			}
			b.write(text)
		} else {
			b.write(text)
			if padded {
				b.pad(c.width, b.widths[j], false)
			}
		}
	}
	if i < len(b.lines)-1 {
		b.write(newline)
	} else {
		// The open line ends in the open cell, which a flush has always ended already: this
		// writes nothing, but as a call of the output's Write, as Go's tabwriter does.
		b.write(b.text[b.printed : b.printed+b.cur.size])
	}
}

// pad writes the padding that takes a cell of textWidth to cellWidth. Tabs cannot pad to an exact
// width: they pad to the first multiple of tabwidth from cellWidth on, and with tabwidth 0 not at
// all.
func (b *Writer) pad(textWidth, cellWidth int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return
		}
		stop := (cellWidth + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := stop - textWidth
		b.repeat(tabs, (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.repeat(b.padbytes[:], cellWidth-textWidth)
}

// repeat writes n copies of the byte chunk is made of, in writes of up to len(chunk) bytes as Go's
// tabwriter does (a writer that records its calls sees the same calls).
func (b *Writer) repeat(chunk []byte, n int) {
	for ; n > len(chunk); n -= len(chunk) {
		b.write(chunk)
	}
	b.write(chunk[:n])
}

// write writes p to the output unless an earlier write failed; a short write without an error is
// io.ErrShortWrite.
func (b *Writer) write(p []byte) {
	if b.err != nil {
		return
	}
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	b.err = err
}

// Package path: slash-separated paths, handled purely lexically (Go 1.19's API): Clean, Join,
// Split, Base, Dir, Ext, IsAbs and Match.
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// Clean returns the shortest path equivalent to p by lexical processing: repeated slashes become
// one, "." elements go, ".." elements remove the element before them (or, at the root, go), and
// no slash ends the result except "/" itself. The empty path is ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	var out []byte // the result so far, written lazily
	w := 0         // bytes of out in use
	dotdot := 0    // w at the end of leading ".." elements, which a later ".." cannot remove
	write := func(c byte) {
		if out == nil {
			if w < len(p) && p[w] == c {
				w++
				return // still identical to p's prefix
			}
			out = make([]byte, len(p)+1)
			copy(out, p[:w])
		}
		out[w] = c
		w++
	}
	r := 0
	if rooted {
		write('/')
		r, dotdot = 1, 1
	}
	for r < len(p) {
		switch {
		case p[r] == '/':
			r++
		case p[r] == '.' && (r+1 == len(p) || p[r+1] == '/'):
			r++
		case p[r] == '.' && p[r+1] == '.' && (r+2 == len(p) || p[r+2] == '/'):
			r += 2
			switch {
			case w > dotdot:
				// Back up over the last element.
				w--
				for w > dotdot && byteAt(out, p, w) != '/' {
					w--
				}
			case !rooted:
				// Nothing to remove: keep the "..".
				if w > 0 {
					write('/')
				}
				write('.')
				write('.')
				dotdot = w
			}
		default:
			if rooted && w != 1 || !rooted && w != 0 {
				write('/')
			}
			for ; r < len(p) && p[r] != '/'; r++ {
				write(p[r])
			}
		}
	}
	if w == 0 {
		return "."
	}
	if out == nil {
		return p[:w]
	}
	return string(out[:w])
}

// byteAt reads the result being built: from out once it exists, else from p (identical so far).
func byteAt(out []byte, p string, i int) byte {
	if out == nil {
		return p[i]
	}
	return out[i]
}

// Split cuts p after its last slash: dir ends with the slash, file has none.
func Split(p string) (dir, file string) {
	i := strings.LastIndex(p, "/")
	return p[:i+1], p[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result ("" if all are empty).
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension: from the last dot of the last element, or "".
func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// Base returns the last element, trailing slashes removed; "." for "", "/" for slashes only.
func Base(p string) string {
	if p == "" {
		return "."
	}
	for len(p) > 0 && p[len(p)-1] == '/' {
		p = p[:len(p)-1]
	}
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	if p == "" {
		return "/"
	}
	return p
}

// IsAbs reports whether p starts with a slash.
func IsAbs(p string) bool {
	return len(p) > 0 && p[0] == '/'
}

// Dir returns all but the last element, cleaned.
func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}

// ErrBadPattern: the pattern is malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern (*, ?, [ranges], \ escapes; * and ? do
// not match '/').
func Match(pattern, name string) (matched bool, err error) {
Pattern:
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = scanChunk(pattern)
		if star && chunk == "" {
			// A trailing * matches the rest, unless it holds a slash.
			return strings.IndexByte(name, '/') < 0, nil
		}
		t, ok, err := matchChunk(chunk, name)
		// The chunk after a star matches at the earliest place the rest of a pattern can follow
		// only if it is the last chunk and consumed all of name.
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// Try the chunk at every later position, not crossing a slash.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(t) > 0 {
						continue
					}
					name = t
					continue Pattern
				}
				if err != nil {
					return false, err
				}
			}
		}
		// A failed match: the rest of the pattern must still be well formed.
		for len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// scanChunk takes leading stars, then the pattern up to the next star outside brackets.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inRange := false
	var i int
Scan:
	for i = 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inRange = true
		case ']':
			inRange = false
		case '*':
			if !inRange {
				break Scan
			}
		}
	}
	return star, pattern[0:i], pattern[i:]
}

// matchChunk matches chunk (no stars) against the start of s: the rest of s, or ok false.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false // keep checking the chunk's syntax after a mismatch
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			match := false
			nrange := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && nrange > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = getEsc(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = getEsc(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					match = true
				}
				nrange++
			}
			if match == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, ErrBadPattern
			}
			fallthrough
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// getEsc reads one possibly escaped character of a bracket range.
func getEsc(chunk string) (r rune, nchunk string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		err = ErrBadPattern
		return
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			err = ErrBadPattern
			return
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	nchunk = chunk[n:]
	if len(nchunk) == 0 {
		err = ErrBadPattern
	}
	return
}

package strings

// A Replacer replaces a list of old/new string pairs, trying the pairs in argument order at each
// position of the input (Go's generic algorithm; its results are the same for every input).
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed. At each position the first pair
// (in argument order) whose old string matches wins. An empty old string matches once at each
// position; right after it matched, the other pairs get their turn at the same position before
// the byte there is copied.
func (r *Replacer) Replace(s string) string {
	var b Builder
	changed := false
	last := 0
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if old == "" && prevMatchEmpty {
				continue
			}
			if HasPrefix(s[i:], old) {
				if !changed {
					b.Grow(len(s))
					changed = true
				}
				b.WriteString(s[last:i])
				b.WriteString(r.oldnew[k+1])
				i += len(old)
				last = i
				prevMatchEmpty = old == ""
				matched = true
				break
			}
		}
		if !matched {
			prevMatchEmpty = false
			i++
		}
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}

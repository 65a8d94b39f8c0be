// Package filepath: file name paths of the host (Unix: '/'-separated), Go 1.19's API for the
// lexical operations, which are package path's, plus Abs, Rel and the separator helpers; Walk,
// WalkDir and Glob (walk.go) read the host's directories.
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

// ErrBadPattern: the pattern is malformed.
var ErrBadPattern = path.ErrBadPattern

func Clean(p string) string { return path.Clean(p) }

func Join(elem ...string) string { return path.Join(elem...) }

func Split(p string) (dir, file string) { return path.Split(p) }

func Base(p string) string { return path.Base(p) }

func Dir(p string) string { return path.Dir(p) }

func Ext(p string) string { return path.Ext(p) }

func IsAbs(p string) bool { return path.IsAbs(p) }

func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

// ToSlash and FromSlash are the identity where the separator is '/'.
func ToSlash(p string) string { return p }

func FromSlash(p string) string { return p }

// VolumeName is "" on Unix.
func VolumeName(p string) string { return "" }

// SplitList splits a PATH-like list at ':' (none for the empty string).
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs returns an absolute form of p, joined to the current directory if relative.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a path to targ that is relative to base, lexically: Join(base, Rel(base, targ))
// is targ, cleaned. An error when one is absolute and the other not, or base climbs with "..".
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Walk both element by element while they agree.
	b0, bi, t0, ti := 0, 0, 0, 0
	for {
		for bi < len(base) && base[bi] != '/' {
			bi++
		}
		for ti < len(targ) && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < len(base) {
			bi++
		}
		if ti < len(targ) {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == len(base) {
		return targ[t0:], nil
	}
	// Climb out of what is left of base, then down into what is left of targ.
	up := ".." + strings.Repeat("/..", strings.Count(base[b0:], "/"))
	if t0 == len(targ) {
		return up, nil
	}
	return up + "/" + targ[t0:], nil
}

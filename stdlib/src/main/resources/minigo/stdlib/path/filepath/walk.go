package filepath

import (
	"io/fs"
	"os"
	"strings"
)

// SkipDir, returned by a walk function, skips the directory it was called for, or the rest of
// the directory holding the file it was called for.
var SkipDir = fs.SkipDir

// WalkFunc is the function Walk calls for each file or directory: with its Lstat info, or with
// the error that kept Walk from reading it.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk calls fn for root and everything below it, in lexical order, directories before their
// contents; symbolic links are not followed. Walk reads a directory's names before calling fn for
// it, and gives fn each file's Lstat.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkInfo(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkInfo(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, readErr := dirNames(path)
	err := fn(path, info, readErr)
	// Either error ends this directory; what fn returned decides the rest (a SkipDir is handled
	// by the caller).
	if readErr != nil || err != nil {
		return err
	}
	for _, name := range names {
		child := Join(path, name)
		childInfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, childInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walkInfo(child, childInfo, fn); err != nil && (!childInfo.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

// dirNames lists a directory's names, sorted.
func dirNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names, nil
}

// WalkDir calls fn for root and everything below it, in lexical order, directories before their
// contents; symbolic links are not followed. If reading a directory fails, fn is called for it a
// second time, with the error.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDirEntry(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDirEntry(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil // the directory is skipped
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		if err = fn(path, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDirEntry(Join(path, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break // the rest of this directory is skipped
			}
			return err
		}
	}
	return nil
}

// Glob returns the names of all files matching pattern (Match's syntax, in each element of the
// path), or nil. The only error is ErrBadPattern; I/O errors are ignored.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) (matches []string, err error) {
	// Each level of recursion removes one element; Go bounds the depth (CVE-2022-30632).
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globIn appends to matches the names in dir that match pattern.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	names, _ := dirNames(dir)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

func hasMeta(path string) bool { return strings.ContainsAny(path, `*?[\`) }

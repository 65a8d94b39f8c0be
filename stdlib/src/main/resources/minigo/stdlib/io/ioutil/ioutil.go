// Package ioutil: Go 1.19's io/ioutil, deprecated since Go 1.16 in favour of io and os but still
// imported by older programs. As in Go, every function but ReadDir is the io or os function that
// replaced it, so both packages give the same results and the same errors.
package ioutil

import (
	"io"
	"io/fs"
	"os"
)

// ReadAll reads from r until an error or EOF and returns the data it read (io.ReadAll).
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile reads the whole named file (os.ReadFile).
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to the named file, creating it with permissions perm (before umask) or
// truncating it (os.WriteFile).
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir reads the named directory and returns the FileInfo of each entry, sorted by name.
//
// Unlike os.ReadDir it stats every entry (an lstat: a symbolic link describes itself). Go lists
// the directory with File.Readdir, which minigo's os lacks; os.ReadDir lists the same names,
// already sorted, and fails with the same errors (open for a missing directory, readdirent for a
// file). An entry that disappears between the listing and its lstat is left out, as Readdir does.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	entries, err := os.ReadDir(dirname)
	if err != nil {
		return nil, err
	}
	infos := make([]fs.FileInfo, 0, len(entries))
	for _, e := range entries {
		info, err := e.Info()
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// NopCloser returns a ReadCloser whose Close does nothing, wrapping r (io.NopCloser).
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer on which all writes succeed without doing anything (io.Discard).
var Discard io.Writer = io.Discard

// TempFile creates a new temporary file in dir (os.TempDir() when dir is ""), opened for reading
// and writing, named by pattern with a random string in place of its last "*" or after it
// (os.CreateTemp).
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary directory in dir, named as TempFile names files, and returns its
// name (os.MkdirTemp).
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }

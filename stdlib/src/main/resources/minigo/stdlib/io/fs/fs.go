// Package fs: the file-system types of Go 1.19's io/fs that os and path/filepath share: FileMode,
// FileInfo, DirEntry, PathError, the portable errors and SkipDir. The FS interface and its
// helpers are not here yet.
package fs

import (
	"errors"
	"time"
)

// The portable errors; os's are the same values, so errors.Is works with either package's.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// SkipDir, returned by a walk function, skips the directory it was called for (or the rest of the
// directory holding the file it was called for).
var SkipDir = errors.New("skip this directory")

// A FileMode is a file's type and permission bits; the type bits sit at the top of the word, in
// the order of the letters String prints for them.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d
	ModeAppend                                     // a
	ModeExclusive                                  // l
	ModeTemporary                                  // T
	ModeSymlink                                    // L
	ModeDevice                                     // D
	ModeNamedPipe                                  // p
	ModeSocket                                     // S
	ModeSetuid                                     // u
	ModeSetgid                                     // g
	ModeCharDevice                                 // c
	ModeSticky                                     // t
	ModeIrregular                                  // ?

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

// String prints the letters of the mode's type bits (or '-' for none), then rwxrwxrwx.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var out [32]byte
	n := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			out[n] = letters[i]
			n++
		}
	}
	if n == 0 {
		out[n] = '-'
		n++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			out[n] = rwx[i]
		} else {
			out[n] = '-'
		}
		n++
	}
	return string(out[:n])
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file, as Stat and Lstat return it.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A DirEntry is an entry of a directory, as ReadDir returns it.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// WalkDirFunc is the function filepath.WalkDir calls for each file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// FileInfoToDirEntry returns a DirEntry that answers from info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{info}
}

type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool { return di.fileInfo.IsDir() }

func (di dirInfo) Type() FileMode { return di.fileInfo.Mode().Type() }

func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }

func (di dirInfo) Name() string { return di.fileInfo.Name() }

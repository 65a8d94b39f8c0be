// Package os: the parts of Go 1.19's os that scripts use: the standard streams and files as *File,
// ReadFile and WriteFile, Stat and ReadDir, Remove, Rename and Mkdir, temporary files and directories,
// Args, Exit, the environment (env.go). File
// operations are natives over the host's files; their failures are *PathError values with Go's
// messages.
package os

import (
	"io"
	"io/fs"
	"time"
)

// A File is an open file descriptor: 0, 1 and 2 are the standard streams, others are files this
// program opened (closed: fd is -1).
type File struct {
	fd   int
	name string
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

var Args []string = runtimeArgs()

// The portable errors are io/fs's, so that errors.Is(err, fs.ErrNotExist) holds for os's errors.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// Flags of OpenFile (Linux's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

type (
	FileMode = fs.FileMode
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// LinkError records an error of an operation on two paths (Rename).
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// errno is a system error number as the host reported it (Go's syscall.Errno).
type errno int

const (
	eperm     errno = 1
	enoent    errno = 2
	eio       errno = 5
	ebadf     errno = 9
	eacces    errno = 13
	eexist    errno = 17
	exdev     errno = 18
	enotdir   errno = 20
	eisdir    errno = 21
	einval    errno = 22
	enotempty errno = 39
)

func (e errno) Error() string {
	switch e {
	case eperm:
		return "operation not permitted"
	case enoent:
		return "no such file or directory"
	case eio:
		return "input/output error"
	case ebadf:
		return "bad file descriptor"
	case eacces:
		return "permission denied"
	case eexist:
		return "file exists"
	case exdev:
		return "invalid cross-device link"
	case enotdir:
		return "not a directory"
	case eisdir:
		return "is a directory"
	case einval:
		return "invalid argument"
	case enotempty:
		return "directory not empty"
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is match the portable errors: errors.Is(err, os.ErrNotExist).
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eacces || e == eperm
	case ErrExist:
		return e == eexist || e == enotempty
	case ErrNotExist:
		return e == enoent
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// underlying returns what a *PathError or *LinkError wraps.
func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	}
	return err
}

// IsNotExist reports whether err says that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingIs(err, ErrNotExist) }

// IsExist reports whether err says that a file or directory already exists.
func IsExist(err error) bool { return underlyingIs(err, ErrExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingIs(err, ErrPermission) }

func underlyingIs(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

func NewFile(fd uintptr, name string) *File { return &File{int(fd), name} }

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, open for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the given flags (O_RDONLY...) and, if it creates it, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := openFile(name, flag, uint32(perm))
	if fd < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(-fd)}
	}
	return &File{fd, name}, nil
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// result turns a native's count into op's results: a negative count is -errno.
func (f *File) result(op string, n int) (int, error) {
	if n < 0 {
		return 0, &PathError{Op: op, Path: f.name, Err: errno(-n)}
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return f.result("write", write(f.fd, b))
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return f.result("write", writeString(f.fd, s))
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, err = f.result("read", read(f.fd, b))
	if n == 0 && err == nil {
		return 0, io.EOF
	}
	return n, err
}

// Seek sets the offset of the next Read or Write (whence: io.SeekStart, SeekCurrent, SeekEnd).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, e := seek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errno(e)}
	}
	return ret, nil
}

// Close closes the file; closing it again is an error (ErrClosed).
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	if f.fd > 2 {
		if e := closeFd(f.fd); e != 0 {
			f.fd = -1
			return &PathError{Op: "close", Path: f.name, Err: errno(e)}
		}
	}
	f.fd = -1
	return nil
}

func (f *File) Sync() error { return f.checkValid("sync") }

// ReadFile returns the whole content of the named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// WriteFile writes data to the named file, creating it with perm if needed, truncating it if not.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := remove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: errno(e)}
	}
	return nil
}

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, uint32(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll creates a directory and any parents it needs; an existing directory is no error.
func MkdirAll(path string, perm FileMode) error {
	if isDir(path) {
		return nil
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil && isDir(path) {
		return nil
	}
	return err
}

// TempDir returns the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// Getwd returns the current directory.
func Getwd() (dir string, err error) { return getwd(), nil }

// Rename moves (renames) oldpath to newpath, replacing a file already there; as in Go, an
// existing directory at newpath is refused (file exists) before anything is tried.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		if _, err := Lstat(oldpath); err != nil {
			return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: underlying(err)}
		}
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errno(eexist)}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errno(e)}
	}
	return nil
}

// RemoveAll removes path and everything it contains; a path that does not exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: errno(einval)}
	}
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	return removeAll(path, fi.IsDir())
}

// removeAll removes path, a directory's contents first; whether it is a directory comes from the
// caller's Lstat or from the listing of its parent (ReadDir has each entry's type already).
func removeAll(path string, isDir bool) error {
	if isDir {
		entries, err := ReadDir(path)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if err := removeAll(path+"/"+e.Name(), e.IsDir()); err != nil {
				return err
			}
		}
	}
	err := Remove(path)
	if err != nil && IsNotExist(err) {
		return nil
	}
	return err
}

// Chmod sets the permission bits of the named file.
func Chmod(name string, mode FileMode) error {
	if e := chmod(name, uint32(mode.Perm())); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

// Stat describes the named file, following a symbolic link.
func Stat(name string) (FileInfo, error) { return statAs("stat", name, true) }

// Lstat describes the named file; a symbolic link is described, not followed.
func Lstat(name string) (FileInfo, error) { return statAs("lstat", name, false) }

// Stat describes the open file (TODO(stdlib): by its name, not its descriptor, so a file removed
// or renamed since it was opened is not found; os.Stdin is the JVM's standard input).
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	return statAs("stat", f.name, true)
}

func statAs(op, name string, follow bool) (FileInfo, error) {
	mode, size, sec, nsec, e := stat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: modeOf(mode), modTime: time.Unix(sec, nsec)}, nil
}

// fileStat is the FileInfo of Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (st *fileStat) Name() string       { return st.name }
func (st *fileStat) Size() int64        { return st.size }
func (st *fileStat) Mode() FileMode     { return st.mode }
func (st *fileStat) ModTime() time.Time { return st.modTime }
func (st *fileStat) IsDir() bool        { return st.mode.IsDir() }
func (st *fileStat) Sys() any           { return nil }

// modeOf converts a Unix st_mode into a FileMode, as Go does on Linux.
func modeOf(st uint32) FileMode {
	m := FileMode(st & 0777)
	switch st & 0170000 {
	case 0060000:
		m |= ModeDevice
	case 0020000:
		m |= ModeDevice | ModeCharDevice
	case 0040000:
		m |= ModeDir
	case 0010000:
		m |= ModeNamedPipe
	case 0120000:
		m |= ModeSymlink
	case 0140000:
		m |= ModeSocket
	}
	if st&02000 != 0 {
		m |= ModeSetgid
	}
	if st&04000 != 0 {
		m |= ModeSetuid
	}
	if st&01000 != 0 {
		m |= ModeSticky
	}
	return m
}

// basename is the last element of name, trailing slashes removed (Stat's Name).
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// ReadDir reads the named directory and returns its entries sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	names, modes, e := readDir(name)
	if e != 0 {
		op := "open"
		if e == int(enotdir) {
			op = "readdirent" // Go opens a file, then fails to read it as a directory
		}
		return nil, &PathError{Op: op, Path: name, Err: errno(e)}
	}
	entries := make([]DirEntry, 0, len(names))
	for i, n := range names {
		entries = append(entries, &dirEntry{path: name + "/" + n, name: n, typ: modeOf(modes[i]).Type()})
	}
	return entries, nil
}

// dirEntry is a DirEntry of ReadDir: its type from the listing's lstat, its Info a fresh Lstat.
type dirEntry struct {
	path string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.path) }

// Natives. Results below zero, or non-zero errno results, are the host's error numbers.

func runtimeArgs() []string
func write(fd int, b []byte) int
func writeString(fd int, s string) int
func read(fd int, b []byte) int
func openFile(name string, flag int, perm uint32) int
func closeFd(fd int) int
func seek(fd int, offset int64, whence int) (int64, int)
func remove(name string) int
func mkdir(name string, perm uint32) int
func isDir(name string) bool
func rename(oldpath, newpath string) int
func chmod(name string, perm uint32) int
func stat(name string, follow bool) (mode uint32, size int64, sec int64, nsec int64, errno int)
func readDir(name string) (names []string, modes []uint32, errno int)
func getwd() string

// Exit ends the program at once with status code; deferred functions do not run.
func Exit(code int)

func Getpid() int

func Getppid() int

func Getuid() int

func Geteuid() int

func Getgid() int

func Getegid() int

func Getpagesize() int { return 4096 }

// Hostname returns the host's name (the kernel's).
func Hostname() (name string, err error) {
	name = hostname()
	if name == "" {
		return "", NewSyscallError("uname", errno(eio))
	}
	return name, nil
}

func hostname() string

// Executable returns the path of the running program: the binary go run would have built
// (os.Args[0]).
func Executable() (string, error) { return Args[0], nil }

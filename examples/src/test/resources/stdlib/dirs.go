// Directories: Stat, Lstat, ReadDir, Rename, RemoveAll, io/fs's FileMode and DirEntry, and
// path/filepath's Walk, WalkDir and Glob, with every error a script meets, in Go's words.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root := filepath.Join(os.TempDir(), fmt.Sprintf("minigo-dirs-%d", os.Getpid()))
	short := func(p string) string { return strings.ReplaceAll(p, root, "ROOT") }
	defer os.RemoveAll(root)

	must := func(err error) {
		if err != nil {
			fmt.Println("unexpected:", short(err.Error()))
		}
	}
	must(os.MkdirAll(filepath.Join(root, "a", "b"), 0o755))
	must(os.Mkdir(filepath.Join(root, "c"), 0o700))
	must(os.WriteFile(filepath.Join(root, "a", "one.txt"), []byte("hello\n"), 0o644))
	must(os.WriteFile(filepath.Join(root, "a", "b", "two.go"), []byte("package b\n"), 0o600))
	must(os.WriteFile(filepath.Join(root, "top.go"), []byte("package top // twelve\n"), 0o640))
	must(os.WriteFile(filepath.Join(root, "Zed.md"), nil, 0o644))
	must(os.WriteFile(filepath.Join(root, "a", "zz.txt"), []byte("last in a\n"), 0o644))
	must(os.WriteFile(filepath.Join(root, "c", "naïve-日本.txt"), []byte("utf-8 name\n"), 0o600))
	// The umask may take bits away: set the permissions this program prints.
	for p, perm := range map[string]os.FileMode{"a": 0o755, "a/b": 0o755, "c": 0o700, "a/one.txt": 0o644,
		"a/b/two.go": 0o600, "top.go": 0o640, "Zed.md": 0o644, "a/zz.txt": 0o644} {
		must(os.Chmod(filepath.Join(root, p), perm))
	}
	fmt.Println(short(os.Chmod(filepath.Join(root, "nosuch"), 0o600).Error()))

	// Names as the kernel reads them: "" names nothing; a trailing slash wants a directory.
	_, err := os.Stat("")
	fmt.Println(err)
	_, err = os.Lstat("")
	fmt.Println(err)
	_, err = os.ReadDir("")
	fmt.Println(err)
	_, err = os.Stat(filepath.Join(root, "top.go") + "/")
	fmt.Println(short(err.Error()))
	fi0, err := os.Stat(filepath.Join(root, "a") + "/")
	fmt.Println(fi0.Name(), fi0.IsDir(), err)
	err = os.Remove(filepath.Join(root, "Zed.md") + "/")
	fmt.Println(short(err.Error()))
	m0, err := filepath.Glob("")
	fmt.Println(m0 == nil, err)
	err = filepath.Walk("", func(p string, info fs.FileInfo, err error) error {
		fmt.Printf("walk %q %v %v\n", p, info == nil, err)
		return err
	})
	fmt.Println(err)

	for _, p := range []string{"a", "a/one.txt", "a/b/two.go", "top.go", "Zed.md", "c", "nosuch"} {
		fi, err := os.Stat(filepath.Join(root, p))
		if err != nil {
			fmt.Println(short(err.Error()), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
			var pe *fs.PathError
			if errors.As(err, &pe) {
				fmt.Println("  op", pe.Op, "path", short(pe.Path), "err", pe.Err)
			}
			continue
		}
		size := fi.Size()
		if fi.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Printf("%-10s name=%s size=%d mode=%v dir=%v regular=%v perm=%o type=%v\n",
			p, fi.Name(), size, fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), fi.Mode().Type())
	}
	if _, err := os.Lstat(filepath.Join(root, "gone")); err != nil {
		fmt.Println(short(err.Error()))
	}
	fi, _ := os.Lstat(root)
	fmt.Println("lstat root:", fi.IsDir(), fi.Name() == filepath.Base(root))

	entries, err := os.ReadDir(root)
	must(err)
	for _, e := range entries {
		info, err := e.Info()
		must(err)
		fmt.Printf("entry %-7s dir=%-5v type=%v mode=%v\n", e.Name(), e.IsDir(), e.Type(), info.Mode())
	}
	_, err = os.ReadDir(filepath.Join(root, "nosuch"))
	fmt.Println(short(err.Error()))
	_, err = os.ReadDir(filepath.Join(root, "top.go"))
	fmt.Println(short(err.Error()))

	f, err := os.Open(filepath.Join(root, "a", "one.txt"))
	must(err)
	st, err := f.Stat()
	must(err)
	fmt.Println("file stat:", st.Name(), st.Size(), st.Mode())
	f.Close()

	fmt.Println("walk:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("  %s dir=%v\n", short(p), info.IsDir())
		if info.IsDir() && info.Name() == "b" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walk err:", err)

	fmt.Println("walkdir:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("  %s %v\n", short(p), d.Type())
		if d.Name() == "one.txt" {
			return filepath.SkipDir // the rest of a/ is skipped
		}
		return nil
	})
	fmt.Println("walkdir err:", err)
	err = filepath.WalkDir(filepath.Join(root, "nosuch"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("  called with", short(p), d == nil, short(err.Error()))
		return err
	})
	fmt.Println("walkdir missing:", short(err.Error()))
	stop := errors.New("stop here")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, ".go") {
			return stop
		}
		return nil
	})
	fmt.Println("walk stopped:", err, err == stop)

	for _, pat := range []string{"*.go", "a/*", "*/*.txt", "*/*/*.go", "[Z]*", "nosuch*", "top.go", "gone.go", "a/[", "?/b"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		for i := range m {
			m[i] = short(m[i])
		}
		fmt.Printf("glob %-9s %q %v\n", pat, m, err)
	}

	must(os.Rename(filepath.Join(root, "top.go"), filepath.Join(root, "c", "moved.go")))
	_, err = os.Stat(filepath.Join(root, "c", "moved.go"))
	fmt.Println("renamed:", err == nil)
	err = os.Rename(filepath.Join(root, "gone"), filepath.Join(root, "x"))
	fmt.Println(short(err.Error()))
	must(os.WriteFile(filepath.Join(root, "f1"), []byte("1"), 0o644))
	fmt.Println(short(os.Rename(filepath.Join(root, "f1"), filepath.Join(root, "c")).Error()))
	fmt.Println(short(os.Rename(filepath.Join(root, "gone"), filepath.Join(root, "c")).Error()))
	must(os.Remove(filepath.Join(root, "f1")))
	var le *os.LinkError
	fmt.Println("link error:", errors.As(err, &le), os.IsNotExist(err))

	fmt.Println(os.RemoveAll(filepath.Join(root, "a")), os.RemoveAll(filepath.Join(root, "never")))
	entries, _ = os.ReadDir(root)
	for _, e := range entries {
		fmt.Println("left:", e.Name())
	}

	for _, m := range []fs.FileMode{0, 0o755, fs.ModeDir | 0o700, fs.ModeSymlink | 0o777, fs.ModeNamedPipe, fs.ModeDevice | fs.ModeCharDevice | 0o620, fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0o755, fs.ModeIrregular} {
		fmt.Printf("%v %v %v %v\n", m, m.IsDir(), m.IsRegular(), m.Type())
	}
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	var mode os.FileMode = os.ModeDir | os.ModePerm
	fmt.Println(mode, os.ErrNotExist == fs.ErrNotExist, filepath.SkipDir == fs.SkipDir)
}

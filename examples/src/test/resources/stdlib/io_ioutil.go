// io/ioutil: ReadAll, ReadFile, WriteFile, ReadDir, TempDir, TempFile, NopCloser and Discard, in
// a directory the program makes and removes, with the errors a script meets in Go's words.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := ioutil.TempDir("", "minigo-ioutil-*.d")
	if err != nil {
		fmt.Println("TempDir:", err)
		return
	}
	defer os.RemoveAll(root)
	short := func(s string) string { return strings.ReplaceAll(s, root, "ROOT") }
	fmt.Println("TempDir name:", strings.HasPrefix(filepath.Base(root), "minigo-ioutil-"),
		strings.HasSuffix(root, ".d"), filepath.Dir(root) == filepath.Clean(os.TempDir()))
	if info, err := os.Stat(root); err == nil {
		fmt.Println("TempDir is a directory:", info.IsDir(), info.Mode().Perm())
	}

	// WriteFile and ReadFile.
	one := filepath.Join(root, "one.txt")
	fmt.Println("WriteFile:", ioutil.WriteFile(one, []byte("hello\nworld\n"), 0o644))
	data, err := ioutil.ReadFile(one)
	fmt.Printf("ReadFile: %q %v\n", data, err)
	fmt.Println("WriteFile again (truncates):", ioutil.WriteFile(one, []byte("short\n"), 0o600))
	data, err = ioutil.ReadFile(one)
	fmt.Printf("ReadFile: %q %v\n", data, err)
	_, err = ioutil.ReadFile(filepath.Join(root, "missing"))
	fmt.Println("ReadFile missing:", short(err.Error()), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	err = ioutil.WriteFile(filepath.Join(root, "no", "such", "dir"), nil, 0o644)
	fmt.Println("WriteFile into a missing directory:", short(err.Error()))
	_, err = ioutil.ReadFile(root)
	fmt.Println("ReadFile of a directory:", short(err.Error()))

	// ReadAll over readers of every size.
	all, err := ioutil.ReadAll(strings.NewReader(strings.Repeat("abc", 1000)))
	fmt.Println("ReadAll:", len(all), err, string(all[:6]))
	all, err = ioutil.ReadAll(strings.NewReader(""))
	fmt.Printf("ReadAll empty: %q %v %v\n", all, err, all != nil)
	all, err = ioutil.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Printf("ReadAll limited: %q %v\n", all, err)
	f, _ := os.Open(one)
	all, err = ioutil.ReadAll(f)
	f.Close()
	fmt.Printf("ReadAll of a file: %q %v\n", all, err)
	all, err = ioutil.ReadAll(failing{})
	fmt.Printf("ReadAll failing: %q %v\n", all, err)

	// ReadDir: FileInfos sorted by name, directories included.
	os.Mkdir(filepath.Join(root, "sub"), 0o755)
	ioutil.WriteFile(filepath.Join(root, "Zed.md"), []byte("# zed\n"), 0o640)
	ioutil.WriteFile(filepath.Join(root, "a.go"), []byte("package a\n"), 0o644)
	infos, err := ioutil.ReadDir(root)
	fmt.Println("ReadDir:", len(infos), err)
	for _, info := range infos {
		size := info.Size()
		if info.IsDir() {
			size = 0 // a directory's size depends on the file system
		}
		fmt.Printf("  %-8s dir=%-5v %v size=%d\n", info.Name(), info.IsDir(), info.Mode(), size)
	}
	infos, err = ioutil.ReadDir(filepath.Join(root, "sub"))
	fmt.Println("ReadDir empty:", len(infos), infos == nil, err)
	_, err = ioutil.ReadDir(filepath.Join(root, "missing"))
	fmt.Println("ReadDir missing:", short(err.Error()), os.IsNotExist(err))
	_, err = ioutil.ReadDir(one)
	fmt.Println("ReadDir of a file:", short(err.Error()))

	// TempFile: the random part replaces the last '*', or is appended.
	tf, err := ioutil.TempFile(root, "pre-*-post.txt")
	if err != nil {
		fmt.Println("TempFile:", err)
		return
	}
	name := filepath.Base(tf.Name())
	fmt.Println("TempFile name:", filepath.Dir(tf.Name()) == root, strings.HasPrefix(name, "pre-"),
		strings.HasSuffix(name, "-post.txt"), len(name) > len("pre--post.txt"))
	fmt.Fprintf(tf, "written %d\n", 42)
	tf.Seek(0, io.SeekStart)
	back, _ := ioutil.ReadAll(tf)
	fmt.Printf("TempFile read back: %q\n", back)
	tf.Close()
	tf2, _ := ioutil.TempFile(root, "plain")
	fmt.Println("TempFile without *:", strings.HasPrefix(filepath.Base(tf2.Name()), "plain"), tf2.Name() != tf.Name())
	tf2.Close()
	_, err = ioutil.TempFile(root, "bad/pattern")
	fmt.Println("TempFile bad pattern:", short(err.Error()))
	_, err = ioutil.TempDir(filepath.Join(root, "missing"), "x")
	fmt.Println("TempDir in a missing directory:", short(err.Error()))
	dir2, err := ioutil.TempDir(root, "")
	fmt.Println("TempDir with no pattern:", filepath.Dir(dir2) == root, err)

	// NopCloser and Discard.
	rc := ioutil.NopCloser(strings.NewReader("through"))
	got, _ := ioutil.ReadAll(rc)
	fmt.Printf("NopCloser: %q Close=%v\n", got, rc.Close())
	n, err := ioutil.Discard.Write([]byte("ignored"))
	fmt.Println("Discard.Write:", n, err)
	m, err := io.Copy(ioutil.Discard, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println("io.Copy to Discard:", m, err)
	n, err = io.WriteString(ioutil.Discard, "hello")
	fmt.Println("WriteString to Discard:", n, err)
	fmt.Fprintf(ioutil.Discard, "%d", 1)
	fmt.Printf("Discard's type: %T\n", ioutil.Discard)
}

// failing reads a few bytes, then fails.
type failing struct{}

func (failing) Read(p []byte) (int, error) {
	return copy(p, "part"), errors.New("disk on fire")
}

// Files as Go's os has them: Create, Open, OpenFile (append, exclusive, read-only and write-only),
// ReadFile, WriteFile, Seek, Mkdir, MkdirAll, Remove, and the errors of each misuse (*PathError
// with the system's words, errors.Is and os.IsNotExist/IsExist), read through bufio.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir = os.TempDir() + "/minigo-golden-files"

// check prints an error with the directory's path left out (TMPDIR differs between machines).
func check(what string, err error) {
	msg := fmt.Sprint(err)
	msg = strings.ReplaceAll(msg, dir, "DIR")
	fmt.Printf("%s: %v (notexist %v, exist %v, is %v)\n", what, msg, os.IsNotExist(err), os.IsExist(err), errors.Is(err, os.ErrNotExist))
}

func main() {
	os.Remove(dir + "/sub/c.txt")
	os.Remove(dir + "/sub")
	os.Remove(dir + "/a.txt")
	os.Remove(dir + "/b.txt")
	os.Remove(dir)

	_, err := os.Open(dir + "/missing.txt")
	check("open missing", err)
	_, err = os.ReadFile(dir + "/missing.txt")
	check("readfile missing", err)
	check("mkdir", os.Mkdir(dir, 0755))
	check("mkdir again", os.Mkdir(dir, 0755))
	check("mkdirall", os.MkdirAll(dir+"/sub/", 0755))
	check("writefile", os.WriteFile(dir+"/a.txt", []byte("one\ntwo\nthree\n"), 0644))
	data, err := os.ReadFile(dir + "/a.txt")
	fmt.Printf("%q %v\n", data, err)

	f, err := os.Create(dir + "/b.txt")
	check("create", err)
	w := bufio.NewWriter(f)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	check("flush", w.Flush())
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	sc := bufio.NewScanner(f)
	n := 0
	last := ""
	for sc.Scan() {
		n++
		last = sc.Text()
	}
	fmt.Println(n, last, sc.Err())
	check("close", f.Close())
	check("close again", f.Close())
	_, err = f.Write([]byte("x"))
	check("write closed", err)

	a, _ := os.OpenFile(dir+"/a.txt", os.O_APPEND|os.O_WRONLY, 0)
	a.WriteString("four\n")
	_, err = a.Read(make([]byte, 4))
	check("read write-only", err)
	a.Close()
	data, _ = os.ReadFile(dir + "/a.txt")
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile(dir+"/a.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	check("excl", err)
	r, _ := os.Open(dir + "/a.txt")
	_, err = r.Write([]byte("x"))
	check("write read-only", err)
	buf := make([]byte, 5)
	k, err := io.ReadFull(r, buf)
	fmt.Printf("%d %q %v\n", k, buf, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	k, err = r.Read(buf)
	fmt.Println(k, err)
	r.Close()
	d, err := os.Open(dir)
	check("open dir", err)
	_, err = d.Read(buf)
	check("read dir", err)
	d.Close()
	_, err = os.ReadFile(dir)
	check("readfile dir", err)
	check("write into missing dir", os.WriteFile(dir+"/nope/x.txt", nil, 0644))
	check("remove nonempty", os.Remove(dir))
	check("remove missing", os.Remove(dir+"/zzz"))
	os.WriteFile(dir+"/sub/c.txt", []byte("c"), 0600)
	st, _ := os.ReadFile(dir + "/sub/c.txt")
	fmt.Println(string(st), os.FileMode(0644), os.FileMode(0755)|os.ModeDir)
	var pe *os.PathError
	_, err = os.Open("/nonexistent/file")
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	for _, p := range []string{dir + "/sub/c.txt", dir + "/sub", dir + "/a.txt", dir + "/b.txt", dir} {
		check("cleanup", os.Remove(p))
	}
	_, err = os.Stdout.Read(buf)
	fmt.Println(err != nil)
}

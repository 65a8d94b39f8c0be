// The environment and temporary files: Getenv, LookupEnv, Setenv, Unsetenv, Environ, Clearenv,
// ExpandEnv and Expand, UserHomeDir, MkdirTemp and CreateTemp, and their errors.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	os.Setenv("MINIGO_A", "alpha")
	v, ok := os.LookupEnv("MINIGO_A")
	fmt.Println(v, ok, os.Getenv("MINIGO_A"))
	_, ok = os.LookupEnv("MINIGO_NEVER_SET")
	fmt.Println("unset:", ok, os.Getenv("MINIGO_NEVER_SET") == "")
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"), os.Setenv("K", "a\x00b"))
	err := os.Setenv("=", "")
	var se *os.SyscallError
	fmt.Println(errors.As(err, &se), se.Syscall, se.Err)
	os.Setenv("MINIGO_B", "beta")
	os.Setenv("MINIGO_A", "again")
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "MINIGO_") {
			mine = append(mine, kv)
		}
	}
	fmt.Println(mine)
	os.Unsetenv("MINIGO_A")
	fmt.Println(os.Getenv("MINIGO_A") == "", os.Unsetenv("MINIGO_NOPE"))

	os.Setenv("NAME", "gopher")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"hi $NAME!", "${NAME}s", "$NAME$NAME", "cost: $5", "$", "a$", "${}", "${NAME", "$$", "${1}x", "${NAME}/${EMPTY}/$UNSET_X.", "$NAME_more", "no vars"} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a+${b}=$c", func(k string) string { return "<" + k + ">" }))

	os.Setenv("HOME", "/home/gopher")
	home, err := os.UserHomeDir()
	fmt.Println(home, err)
	os.Unsetenv("HOME")
	_, err = os.UserHomeDir()
	fmt.Println(err)

	dir, err := os.MkdirTemp("", "minigo-test-*-dir")
	fmt.Println(err, strings.HasPrefix(filepath.Base(dir), "minigo-test-"), strings.HasSuffix(dir, "-dir"), filepath.Dir(dir) == os.TempDir())
	fi, _ := os.Stat(dir)
	fmt.Println(fi.IsDir(), fi.Mode().Perm())
	f, err := os.CreateTemp(dir, "notes.*.txt")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "notes."), strings.HasSuffix(f.Name(), ".txt"), filepath.Dir(f.Name()) == dir)
	f.WriteString("temporary\n")
	f.Close()
	st, _ := os.Stat(f.Name())
	fmt.Println(st.Size(), st.Mode())
	_, err = os.MkdirTemp("", "a/b*")
	fmt.Println(err)
	_, err = os.CreateTemp("", "x/y")
	fmt.Println(err)
	_, err = os.MkdirTemp(filepath.Join(dir, "missing"), "z")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(os.RemoveAll(dir))

	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("NAME") == "")
}

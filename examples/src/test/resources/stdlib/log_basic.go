// Package log on the playground's clock: the standard logger's header (date and time), every flag,
// prefixes, the caller's file and line through runtime.Caller, Panic's recovered value, and
// Fatal's exit status.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	i := strings.LastIndex(file, "/")
	return fmt.Sprintf("%s:%d %v", file[i+1:], line, ok)
}

func helper(l *log.Logger) {
	l.Output(2, "reported at helper's caller")
}

func main() {
	fmt.Println(where())
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("deep:", ok)

	log.SetOutput(os.Stdout)
	log.Println("standard flags")
	log.Printf("%d%% done", 50)
	log.Print("no newline needed\n")
	log.Print()
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")

	for _, flags := range []int{0, log.Ldate, log.Ltime, log.Ltime | log.Lmicroseconds, log.Lshortfile, log.LstdFlags | log.Lshortfile | log.LUTC} {
		l := log.New(os.Stdout, "[app] ", flags)
		l.Println("flags", flags)
		l.SetFlags(flags | log.Lmsgprefix)
		l.Println("msgprefix", flags)
	}
	var sb strings.Builder
	l := log.New(&sb, "buf: ", log.Lshortfile)
	l.Print("into a builder")
	helper(l)
	l.SetPrefix("p2: ")
	l.Printf("prefix now %q", l.Prefix())
	fmt.Print(sb.String())
	fmt.Println(l.Writer() == &sb, log.Default().Writer() == os.Stdout)

	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panicf("bad value %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.New(os.Stdout, "", 0).Panicln("two", "words")
	}()
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("fatal: ")
	defer fmt.Println("deferred calls do not run")
	log.Fatalf("giving up after %d tries", 3)
}

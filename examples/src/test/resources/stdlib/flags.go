// package flag as Go 1.19 parses, reports and documents flags: every kind of value, -x=v, -x v,
// --x, booleans, "--", non-flag arguments, each error with its message and the usage listing.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func run(args ...string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	verbose := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 3, "number of `rounds`")
	big := fs.Int64("big", 0, "a large number")
	u := fs.Uint("u", 7, "unsigned")
	name := fs.String("name", "world", "who to greet")
	ratio := fs.Float64("ratio", 0.5, "a ratio\nover two lines")
	wait := fs.Duration("wait", 2*time.Second, "how long to wait")
	var tags list
	fs.Var(&tags, "tag", "a tag (repeatable)")
	var seen []string
	fs.Func("hook", "called with each value", func(s string) error {
		if s == "bad" {
			return errors.New("no bad hooks")
		}
		seen = append(seen, s)
		return nil
	})
	err := fs.Parse(args)
	fmt.Printf("args %q\n  err=%v v=%v n=%d big=%d u=%d name=%q ratio=%v wait=%v tags=%v hooks=%v rest=%q nflag=%d\n",
		args, err, *verbose, *n, *big, *u, *name, *ratio, *wait, tags, seen, fs.Args(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(" set:", f.Name) })
	fmt.Println()
}

func main() {
	run()
	run("-v", "-n", "5", "--name=gopher", "-ratio", "1e3", "-wait=1m30s", "-tag", "a", "-tag=b", "x", "-n", "9")
	run("-v=false", "-big", "0x7fffffffffffffff", "-u", "0b101", "-hook", "h1", "--hook=h2", "--", "-n", "1")
	run("-n", "abc")
	run("-n", "99999999999999999999")
	run("-u", "-1")
	run("-wait", "5 parsecs")
	run("-v=maybe")
	run("-nosuch")
	run("-name")
	run("---bad")
	run("-=x")
	run("-hook", "bad")
	run("-h")
	run("-", "-v")
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("x", true, "one letter")
	fs.String("empty", "", "no default shown")
	fs.PrintDefaults()
	fmt.Println(fs.Parse([]string{"-help"}), fs.Lookup("x").DefValue, fs.Lookup("nope") == nil, fs.Set("nope", "1"), fs.Set("x", "false"), fs.NFlag())
	flag.CommandLine.SetOutput(os.Stdout)
	k := flag.Int("k", 1, "k")
	flag.CommandLine.Parse([]string{"-k", "4", "tail"})
	fmt.Println(*k, flag.NArg(), flag.Arg(0), flag.Arg(5) == "", flag.Parsed())
	again := flag.NewFlagSet("again", flag.ContinueOnError)
	again.SetOutput(os.Stdout)
	again.Int("k", 2, "k")
	defer func() { fmt.Println("panic:", recover()) }()
	again.Int("k", 2, "again")
}

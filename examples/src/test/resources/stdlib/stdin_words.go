// Reading standard input: a prompt, a line with bufio.Reader, the rest with a Scanner over the
// same Reader, then os.Stdin.Read at the end of the input.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	fmt.Print("name? ")
	in := bufio.NewReader(os.Stdin)
	name, err := in.ReadString('\n')
	fmt.Printf("hello %q %v\n", strings.TrimSpace(name), err)
	counts := map[string]int{}
	sc := bufio.NewScanner(in)
	lines := 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			counts[strings.ToLower(w)]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println(lines, sc.Err())
	b := make([]byte, 10)
	n, err := os.Stdin.Read(b)
	fmt.Println(n, err)
}

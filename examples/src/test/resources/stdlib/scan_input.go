// Reading input with fmt's scanning functions: Scan, Scanln and Scanf on standard input, Fscan on
// a *bufio.Reader (which takes back the rune read ahead) and on a strings.Reader, and the errors a
// script meets at a bad token, a short line and the end of the input.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var n int
	c, err := fmt.Scan(&n)
	fmt.Println("count:", c, err, n)
	nums := make([]int, n)
	for i := range nums {
		fmt.Scan(&nums[i])
	}
	fmt.Println("nums:", nums)

	var name string
	var age int
	c, err = fmt.Scanln(&name, &age)
	fmt.Println("scanln:", c, err, name, age)
	c, err = fmt.Scanln(&name, &age) // one field on the line
	fmt.Println("short line:", c, err, name)
	c, err = fmt.Scanln(&name) // two fields on the line
	fmt.Println("long line:", c, err, name)

	var x, y float64
	var op string
	c, err = fmt.Scanf("%f %s %f\n", &x, &op, &y)
	fmt.Println("scanf:", c, err, x, op, y)
	var h, m int
	c, err = fmt.Scanf("%d:%d\n", &h, &m)
	fmt.Println("time:", c, err, h, m)

	c, err = fmt.Scan(&n) // "abc" is not an integer
	fmt.Println("bad:", c, err)
	var word string
	c, err = fmt.Scan(&word)
	fmt.Println("after bad:", c, err, word)
	var hex, oct, bin int
	c, err = fmt.Scan(&hex, &oct, &bin)
	fmt.Println("prefixes:", c, err, hex, oct, bin)
	var ok bool
	var u uint8
	c, err = fmt.Scan(&ok, &u)
	fmt.Println("bool, uint8:", c, err, ok, u)
	var big int8
	c, err = fmt.Scan(&big)
	fmt.Println("overflow:", c, err, big)
	var rest []string
	for {
		var w string
		if _, err := fmt.Scan(&w); err != nil {
			fmt.Println("end:", err)
			break
		}
		rest = append(rest, w)
	}
	fmt.Printf("rest: %q\n", rest)

	br := bufio.NewReader(strings.NewReader("7 8\nline after\n"))
	var a, b int
	fmt.Fscan(br, &a, &b)
	line, _ := br.ReadString('\n')
	fmt.Printf("bufio: %d %d, then %q\n", a, b, line)
	line, _ = br.ReadString('\n')
	fmt.Printf("next line %q\n", line)

	sr := strings.NewReader("héllo wörld 42")
	var s1, s2 string
	var k int
	c, err = fmt.Fscan(sr, &s1, &s2, &k)
	fmt.Println("utf-8:", c, err, s1, s2, k)
	c, err = fmt.Fscanln(strings.NewReader(""), &k)
	fmt.Println("empty:", c, err)
	c, err = fmt.Fscanf(strings.NewReader("12 apples"), "%d pears", &k)
	fmt.Println("mismatch:", c, err, k)
	c, err = fmt.Fscan(strings.NewReader("  9  "), &k)
	fmt.Println("spaces:", c, err, k)
	c, err = fmt.Sscan("3 4", &a)
	fmt.Println("sscan:", c, err, a)
}

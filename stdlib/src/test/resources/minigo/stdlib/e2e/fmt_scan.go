package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("10 20", "%d %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=5,y=hello", "x=%d,y=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscan("1 2.5 word", &a, &f, &s)
	fmt.Println(n, err, a, f, s)
	n, err = fmt.Sscan("12abc", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3-4", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 1e3", &a, &f)
	fmt.Println(n, err, a, f)
	n, err = fmt.Sscanf("0x1F", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("0x1F", "%v", &a)
	fmt.Println(n, err, a)
	var bb bool
	n, err = fmt.Sscan("true", &bb)
	fmt.Println(n, err, bb)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
}

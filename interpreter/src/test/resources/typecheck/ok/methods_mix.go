package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct {
	sync.Mutex
	data []string
}

func (b *buf) Read() string {
	b.Lock()
	defer b.Unlock()
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

type Logger struct {
	ReadWriter
	prefix string
}

type Op func(int, int) int

type Color int

const (
	Red Color = iota + 1
	Green
	_
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "c" + strconv.Itoa(int(c))
}

var registry = map[string]Op{
	"add": func(a, b int) int { return a + b },
	"mul": func(a, b int) int { return a * b },
}

var total = compute()

func compute() int { return len(registry) * 10 }

func init() { total++ }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func variadic(prefix string, xs ...interface{}) string {
	return prefix + fmt.Sprint(xs...)
}

func main() {
	var rw ReadWriter = &buf{}
	rw.Write("hello")
	l := Logger{rw, "> "}
	fmt.Println(l.prefix + l.Read())
	w := rw.Write
	w("x")
	read := (*buf).Read
	fmt.Println(read(rw.(*buf)))
	fmt.Println(Red, Blue, Color(7), total)
	fmt.Println(registry["add"](2, 3), Op(registry["mul"])(4, 5))
	if q, err := safeDiv(1, 0); err != nil {
		fmt.Println(q, err)
	}
	fmt.Println(variadic("v:", 1, "a", nil))
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	fmt.Println(counter())
outer:
	for i := 0; i < 3; i++ {
		for j := range "ab" {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	for i, r := range "héllo" {
		if r == 'é' {
			fmt.Println(i, string(r), []byte("é"), []rune("hé"), string([]byte{104, 105}))
		}
	}
	var sb strings.Builder
	sb.WriteString("abc")
	fmt.Println(sb.String(), sb.Len())
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			sum += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum)
	type pt struct{ x, y int }
	pts := map[pt]string{{1, 2}: "a"}
	fmt.Println(pts[pt{1, 2}])
	var e error = fmt.Errorf("x")
	_ = e
	n, err := strconv.Atoi("42")
	fmt.Println(n+1, err == nil, uint8(n)<<2, 7.0/2, 1e2)
	if len(os.Args) > 5 {
		os.Exit(3)
	}
	var x interface{ String() string } = Green
	fmt.Printf("%v %d %s\n", x, Blue, Color(2))
}

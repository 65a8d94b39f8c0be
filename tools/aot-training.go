// The training run behind minigo's start-up cache (see ./minigo): the launcher runs this program
// once after every build with -XX:AOTCacheOutput, and the JVM records which classes it loaded and
// linked, and how hot their methods were. Later runs map those classes from the cache instead of
// loading them from the jars, so the program should touch what typical programs touch: the front
// end on several standard packages, the common statement and expression nodes, maps, strings,
// fmt, goroutines and channels, and a loop hot enough for Truffle to compile it (which loads the
// Graal compiler's own classes). It is not a benchmark and prints nothing worth reading.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64    { return r.w * r.h }
func (c *circle) area() float64 { return math.Pi * c.r * c.r }

type node struct{ left, right *node }

func tree(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{tree(d - 1), tree(d - 1)}
}

func (n *node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func worker(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, errors.New("bad number: " + s)
	}
	return n, nil
}

func main() {
	shapes := []shape{rect{2, 3}, &circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.area()
	}

	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for i, k := range keys {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(k + "=" + strconv.Itoa(counts[k]))
	}

	in, out := make(chan int), make(chan int, 4)
	go worker(in, out)
	go func() {
		for i := 0; i < 100; i++ {
			in <- i
		}
		close(in)
	}()
	sum := 0
	for v := range out {
		sum += v
	}

	n, err := parse("12x")
	hot := 0
	for i := 0; i < 40; i++ {
		hot += fib(20) + tree(8).count()
	}
	arr := make([]float64, 1000)
	for i := range arr {
		arr[i] = math.Sqrt(float64(i))
	}
	sort.Slice(arr, func(i, j int) bool { return arr[i] > arr[j] })

	fmt.Printf("%.2f %s %d %d %v %d %.3f\n", total, sb.String(), sum, n, err, hot, arr[0])
	fmt.Println(len(keys), strings.ToUpper("ok"), strings.Repeat("-", 3))
	fmt.Fprintln(os.Stderr, "training done")
}

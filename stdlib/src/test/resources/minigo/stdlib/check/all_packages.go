package main

// Imports every standard package minigo offers and uses a few names of each, so that checking
// this file type-checks all of their Go sources.
import (
	"bufio"
	"bytes"
	"container/heap"
	"container/list"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
)

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	var b strings.Builder
	fmt.Fprintf(&b, "%v %d", celsius(21.5), 42)
	var buf bytes.Buffer
	buf.WriteString(b.String())
	_, _ = io.WriteString(os.Stdout, buf.String())
	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	var ne *strconv.NumError
	_ = errors.As(err, &ne)
	_ = errors.Is(err, io.EOF)
	s := []int{3, 1, 2}
	sort.Ints(s)
	sort.Slice(s, func(i, j int) bool { return s[i] > s[j] })
	_ = math.Sqrt(2) + math.Pow(2, 10)
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	var n atomic.Int64
	n.Add(1)
	_ = time.Duration(1500) * time.Millisecond
	_ = unicode.IsUpper('A') && utf8.RuneLen('é') == 2
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	_ = debug.SetGCPercent(100)
	sc := bufio.NewScanner(os.Stdin)
	_ = sc.Scan()
	var h intHeap
	heap.Push(&h, 3)
	l := list.New()
	l.PushBack(1)
	_ = flag.Int("n", 1, "count")
	_ = rand.Intn(10) + len(path.Join("a", "b")) + len(filepath.Base("/x"))
	_ = time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).Format(time.RFC3339)
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

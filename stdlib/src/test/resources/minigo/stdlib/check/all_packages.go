package main

// Imports every standard package minigo offers and uses a few names of each, so that checking
// this file type-checks all of their Go sources.
import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
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
}

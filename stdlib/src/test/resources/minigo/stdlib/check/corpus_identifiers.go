package main

import (
	"fmt"
	"strconv"
	"strings"
	"bytes"
	"unicode"
	"unicode/utf8"
	"math"
	"sort"
	"errors"
	"os"
	"time"
	"io"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

func main() {
	_ = atomic.AddInt32
	_ = atomic.AddInt64
	var _ atomic.Bool
	_ = atomic.CompareAndSwapInt32
	_ = atomic.CompareAndSwapInt64
	var _ atomic.Int64
	_ = atomic.LoadInt32
	_ = atomic.LoadInt64
	_ = atomic.StoreInt32
	_ = atomic.SwapInt64
	var _ atomic.Uint32
	var _ atomic.Uint64
	var _ atomic.Value
	var _ bytes.Buffer
	_ = bytes.Compare
	_ = bytes.Contains
	_ = bytes.Count
	_ = bytes.Equal
	_ = bytes.Fields
	_ = bytes.Index
	_ = bytes.Join
	_ = bytes.NewBufferString
	_ = bytes.Repeat
	_ = bytes.ReplaceAll
	_ = bytes.Split
	_ = bytes.ToUpper
	_ = bytes.TrimSpace
	_ = debug.FreeOSMemory
	_ = debug.SetGCPercent
	_ = debug.SetMemoryLimit
	_ = errors.As
	_ = errors.Is
	_ = errors.New
	_ = errors.Unwrap
	_ = fmt.Errorf
	_ = fmt.Fprintf
	_ = fmt.Print
	_ = fmt.Printf
	_ = fmt.Println
	_ = fmt.Sprint
	_ = fmt.Sprintf
	_ = fmt.Sprintln
	var _ fmt.Stringer
	_ = math.Abs
	_ = math.Ceil
	_ = math.Copysign
	_ = math.E
	_ = math.Floor
	_ = math.Hypot
	_ = math.Inf
	_ = math.IsNaN
	_ = math.Log
	_ = math.Log10
	_ = math.Log2
	_ = math.Max
	_ = math.MaxFloat64
	_ = math.MaxInt16
	_ = math.MaxInt64
	_ = math.MaxInt8
	_ = math.MaxUint32
	_ = uint64(math.MaxUint64)
	_ = math.MaxUint8
	_ = math.Min
	_ = math.MinInt64
	_ = math.MinInt8
	_ = math.Mod
	_ = math.NaN
	_ = math.Pi
	_ = math.Pow
	_ = math.Remainder
	_ = math.Round
	_ = math.SmallestNonzeroFloat64
	_ = math.Sqrt
	_ = math.Trunc
	_ = os.Exit
	_ = runtime.GC
	_ = runtime.GOMAXPROCS
	_ = runtime.Gosched
	var _ runtime.MemStats
	_ = runtime.NumGoroutine
	_ = runtime.ReadMemStats
	_ = sort.Ints
	_ = sort.Slice
	_ = sort.SliceStable
	_ = sort.Sort
	_ = sort.Strings
	_ = strconv.AppendInt
	_ = strconv.Atoi
	_ = strconv.ErrSyntax
	_ = strconv.FormatBool
	_ = strconv.FormatFloat
	_ = strconv.FormatInt
	_ = strconv.FormatUint
	_ = strconv.Itoa
	var _ strconv.NumError
	_ = strconv.ParseBool
	_ = strconv.ParseFloat
	_ = strconv.ParseInt
	_ = strconv.ParseUint
	_ = strconv.Quote
	_ = strconv.QuoteRune
	_ = strconv.QuoteToASCII
	_ = strconv.Unquote
	var _ strings.Builder
	_ = strings.Count
	_ = strings.Fields
	_ = strings.FieldsFunc
	_ = strings.IndexByte
	_ = strings.Join
	_ = strings.LastIndex
	_ = strings.Repeat
	_ = strings.ReplaceAll
	_ = strings.Split
	_ = strings.ToLower
	_ = strings.ToUpper
	var _ sync.Map
	var _ sync.Mutex
	_ = sync.NewCond
	var _ sync.Once
	var _ sync.RWMutex
	var _ sync.WaitGroup
	_ = time.After
	var _ time.Duration
	_ = time.Millisecond
	_ = time.Second
	_ = time.Sleep
	_ = io.EOF; _ = unicode.IsLetter; _ = utf8.RuneLen
}

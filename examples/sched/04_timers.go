// Timers, tickers and AfterFunc are the scheduler's runtime timers, as in Go: no goroutine waits
// behind a pending timer (NumGoroutine counts 1), Stop and Reset report whether the timer was
// pending, a ticker can be reset, and misuse panics with Go's messages.
package main

import (
	"fmt"
	"runtime"
	"time"
	"unsafe"
)

func main() {
	fmt.Println(unsafe.Sizeof(time.Timer{}), unsafe.Sizeof(time.Ticker{}))
	t := time.NewTimer(time.Hour)
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(t.Stop(), t.Stop(), t.Reset(time.Millisecond), t.Reset(2*time.Millisecond))
	<-t.C
	fmt.Println(t.Stop(), t.Reset(time.Millisecond))
	<-t.C
	tk := time.NewTicker(3 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { fmt.Println("after func, goroutines:", runtime.NumGoroutine()); done <- true })
	<-done
	var z time.Timer
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() {
		fmt.Println("recovered:", recover())
		var zt time.Ticker
		zt.Stop()
		fmt.Println("zero ticker stop ok")
		zt.Reset(time.Second)
	}()
	defer func() {
		fmt.Println("recovered:", recover())
		z.Reset(time.Second)
	}()
	time.NewTicker(0)
}

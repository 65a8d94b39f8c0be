// Run with --faketime (the file 05_faketime.flags says so): the clock starts at the Go
// playground's 2009-11-10 23:00:00 UTC and jumps to the next timer whenever every goroutine is
// blocked, so hours of sleeping take no time and the output never depends on the machine.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start.Unix(), start.Nanosecond())
	done := make(chan string)
	for i, d := range []time.Duration{3 * time.Hour, time.Second, 2 * time.Minute} {
		go func(i int, d time.Duration) {
			time.Sleep(d)
			done <- fmt.Sprint(i, " slept ", d)
		}(i, d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
	tk := time.NewTicker(time.Minute)
	for i := 0; i < 3; i++ {
		t := <-tk.C
		fmt.Println("tick at", t.Sub(start))
	}
	tk.Stop()

	// A slow reader misses ticks: the channel holds one, the ones after it are dropped.
	t0 := time.Now()
	slow := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	a := <-slow.C
	b := <-slow.C
	fmt.Println("slow reader got ticks at", a.Sub(t0), "and", b.Sub(t0))
	slow.Stop()

	select {
	case <-time.After(24 * time.Hour):
		fmt.Println("a day later")
	}
	fmt.Println("elapsed", time.Since(start))
}

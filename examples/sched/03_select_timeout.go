// select with timeouts: wait for whichever comes first, a result or time.After's channel. The
// delays are far apart (10ms against 500ms), so the output does not depend on the machine.
package main

import (
	"fmt"
	"time"
)

// slow answers on a new channel after d.
func slow(name string, d time.Duration) <-chan string {
	c := make(chan string, 1) // buffered: the sender never blocks, even if nobody listens any more
	go func() {
		time.Sleep(d)
		c <- name + " done"
	}()
	return c
}

func main() {
	select {
	case r := <-slow("fast job", 10*time.Millisecond):
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("fast job timed out")
	}

	select {
	case r := <-slow("slow job", 500*time.Millisecond):
		fmt.Println(r)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("slow job timed out")
	}

	// A ticker and a deadline: count ticks until the deadline's channel is ready.
	tick := time.Tick(20 * time.Millisecond)
	deadline := time.After(110 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-tick:
			ticks++
		case <-deadline:
			fmt.Println("ticks before the deadline: at least 3:", ticks >= 3)
			return
		}
	}
}

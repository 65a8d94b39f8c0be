package main

import "fmt"

type Request struct {
	ID   int
	Tick int
}

type Decision struct {.
	ID      int
	Allowed bool
	Tokens  int
}

func limiter(capacity, refillEvery int, reqs <-chan Request, out chan<- Decision) {
	tokens := capacity
	lastTick := 0
	for r := range reqs {
		for lastTick+refillEvery <= r.Tick {
			lastTick += refillEvery
			if tokens < capacity {
				tokens++
			}
		}
		d := Decision{ID: r.ID}
		if tokens > 0 {
			tokens--
			d.Allowed = true
		}
		d.Tokens = tokens
		out <- d
	}
	close(out)
}

func main() {
	reqs := make(chan Request)
	out := make(chan Decision)
	go limiter(3, 4, reqs, out)
	ticks := []int{0, 0, 1, 1, 2, 4, 5, 8, 8, 8, 9, 20, 20, 20, 20, 21}
	go func() {
		for i, t := range ticks {
			reqs <- Request{i + 1, t}
		}
		close(reqs)
	}()
	allowed, denied := 0, 0
	i := 0
	for d := range out {
		status := "DENY "
		if d.Allowed {
			status = "ALLOW"
			allowed++
		} else {
			denied++
		}
		fmt.Printf("req %2d @t=%2d %s tokens left %d\n", d.ID, ticks[i], status, d.Tokens)
		i++
	}
	fmt.Println("allowed", allowed, "denied", denied)
	window := make(chan struct{}, 2)
	served := []int{}
	for req := 1; req <= 6; req++ {
		select {
		case window <- struct{}{}:
			served = append(served, req)
		default:
			fmt.Println("window full, dropping", req)
			<-window
		}
	}
	fmt.Println("served:", served)
}

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func source(words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upperWorker(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w) + fmt.Sprintf(":%d", len(w))
		}
	}()
	return out
}

func fanIn(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	src := source(strings.Fields("the quick brown fox jumps over the lazy dog while five boxing wizards jump quickly"))
	var workers []<-chan string
	for i := 0; i < 4; ++ {
		workers = append(workers, upperWorker(src))
	}
	var results []string
	for r := range fanIn(workers...) {
		results = append(results, r)
	}
	sort.Strings(results)
	fmt.Println(len(results), results)
	nums := make(chan int, 1000)
	for i := 1; i <= 1000; i++ {
		nums <- i
	}
	close(nums)
	partial := make(chan int)
	for w := 0; w < 8; w++ {
		go func() {
			s := 0
			for n := range nums {
				s += n
			}
			partial <- s
		}()
	}
	total := 0
	for w := 0; w < 8; w++ {
		total += <-partial
	}
	fmt.Println("total", total)
}

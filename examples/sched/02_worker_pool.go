// A worker pool: jobs go out on one channel to three workers, results come back on another,
// a WaitGroup says when every worker is done, and closing the results channel ends the loop
// that collects them. Which worker does which job depends on scheduling, so the program prints
// only what does not: each job's result, in job order.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, square int
}

func worker(jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs) // the workers' range loops end once the queue is drained
	go func() {
		wg.Wait()
		close(results)
	}()
	squares := make([]int, 10)
	for r := range results {
		squares[r.job] = r.square
	}
	for j := 1; j <= 9; j++ {
		fmt.Printf("%d squared is %d\n", j, squares[j])
	}
}

package main

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 5; a++ {
		sum += <-results
	}
	println(sum)
	done := make(chan bool)
	go func() {
		println("in goroutine")
		done <- true
	}()
	<-done
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		println(v)
	}
	sel := make(chan int, 1)
	select {
	case v := <-sel:
		println("got", v)
	default:
		println("empty")
	}
	sel <- 4
	select {
	case v, ok := <-sel:
		println("got", v, ok)
	default:
		println("empty")
	}
	var nilch chan int
	go func() { nilch <- 1 }()
	x := make(chan int)
	<-x
}

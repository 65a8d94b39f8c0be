// Inlining summaries and costs of switch, type switch and select statements (a receive case is _, _ = <-c to Go).
package main

func sw(x int) int {
	switch x {
	case 1:
		return 2
	}
	return 0
}

func ts(x any) int {
	switch x.(type) {
	case int:
		return 2
	}
	return 0
}

func sel(c chan int) int {
	select {
	case v := <-c:
		return v
	case c <- 1:
	}
	return 0
}

func sel2(c chan int) (v int, ok bool) {
	select {
	case v, ok = <-c:
	}
	return
}

func main() {
	c := make(chan int)
	println(sw(1), ts(1), sel(c))
	println(sel2(c))
}

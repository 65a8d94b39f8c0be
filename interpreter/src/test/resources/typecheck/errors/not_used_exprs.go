package main

func f() int { return 1 }

func main() {
	x := 1
	x
	f
	len("a")
	x == 1
	_ = x
	int
	go len("a")
	defer int(1)
}

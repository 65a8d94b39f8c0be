package main

func main() {
	len()
	len(1, 2)
	_ = append()
	make([]int)
	_ = new(int, 2)
	var x int
	_ = len(x)
	_ = cap(map[int]int{})
	close(x)
	delete(x, 1)
}

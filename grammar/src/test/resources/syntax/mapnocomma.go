package main

func main() {
	m := map[string]int{"a": 1 "b": 2}
	_ = m
}

package main

import "fmt"

func main() {
	panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner %d", 42)))
}

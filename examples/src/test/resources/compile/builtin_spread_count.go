// copy, complex and delete take exactly two arguments, also from one call of several results.
package main

func one() []int           { return nil }
func three() ([]int, []int, []int) { return nil, nil, nil }

func main() {
	copy(one())
	copy(three())
	complex(1)
	delete(three())
}

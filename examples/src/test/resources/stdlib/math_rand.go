// math/rand as Go 1.19: the package functions start from Seed(1), so every run prints the same
// numbers Go prints; seeded sources, Perm, Shuffle, Read, NormFloat64 and ExpFloat64 too.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Int63n(1000000007), rand.Int31n(77), rand.Intn(1<<40), rand.Intn(64))
	fmt.Println(rand.Float64(), rand.Float32(), rand.NormFloat64(), rand.ExpFloat64())
	fmt.Println(rand.Perm(10))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	b := make([]byte, 10)
	rand.Read(b)
	fmt.Println(b)
	r := rand.New(rand.NewSource(42))
	sum := 0.0
	for i := 0; i < 100000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Printf("%.6f %d %d\n", sum, r.Intn(1000), r.Int63n(1<<62+12345))
	r.Seed(-5)
	fmt.Println(r.Int(), r.Perm(5))
	rand.Seed(0)
	fmt.Println(rand.Int())
	hist := make([]int, 6)
	for i := 0; i < 60000; i++ {
		hist[rand.Intn(6)]++
	}
	fmt.Println(hist)
	defer func() { fmt.Println(recover()) }()
	rand.Intn(0)
}

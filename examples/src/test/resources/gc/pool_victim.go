package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1) // Go's pools are per P: with several, Get may run on another P than Put
	made := 0
	p := sync.Pool{New: func() any { made++; return new([64]byte) }}
	a := p.Get().(*[64]byte)
	p.Put(a)
	fmt.Println("same after put:", p.Get().(*[64]byte) == a, made)
	p.Put(a)
	runtime.GC()
	fmt.Println("survives one GC (victim):", p.Get().(*[64]byte) == a, made)
	p.Put(a)
	runtime.GC()
	runtime.GC()
	b := p.Get().(*[64]byte)
	fmt.Println("dropped after two:", b != a, made)
}

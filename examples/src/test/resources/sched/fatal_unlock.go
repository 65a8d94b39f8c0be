package main

import (
	"fmt"
	"sync"
	"time"
)

// sync.fatal is not a panic: recover does not stop it, and Go prints the failing goroutine first,
// then the others, and exits with status 2.
func unlockTwice(m *sync.Mutex) {
	m.Unlock()
}

func main() {
	started := make(chan bool)
	block := make(chan int)
	go func() {
		started <- true
		<-block
	}()
	<-started
	time.Sleep(10 * time.Millisecond)
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var m sync.Mutex
	fmt.Println("before")
	unlockTwice(&m)
}

// time.Now, String with the monotonic reading, Since and a timer's time on the playground's
// fake clock (minigo run --faketime; Go: go run -tags faketime).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(t)
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Now(), time.Since(t))
	fmt.Println(<-time.After(time.Second))
	fmt.Println(t.Format(time.RFC1123))
}

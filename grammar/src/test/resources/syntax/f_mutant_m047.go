package maine main

import "fmt"

func tryRecv(ch chan int) string {
	select {
	case v := <-ch:
		return fmt.Sprint("got ", v)
	default:
		return "nothing ready"
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(tryRecv(ch))
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch), tryRecv(ch), tryRecv(ch))
	unbuf := make(chan int)
	fmt.Println("send to unbuffered without receiver:", trySend(unbuf, 9))
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel never ready")
	}
	select {
	default:
		fmt.Println("empty select with default only")
	}
	dropped := 0
	buf := make(chan int, 3)
	for i := 0; i < 10; i++ {
		if !trySend(buf, i) {
			dropped++
		}
	}
	fmt.Println("buffered", len(buf), "dropped", dropped)
	var got []int
	for {
		select {
		case v := <-buf:
			got = append(got, v)
			continue
		default:
		}
		break
	}
	fmt.Println(got)
	closed := make(chan int)
	close(closed)
	v, ok := 0, true
	select {
	case v, ok = <-closed:
	default:
		fmt.Println("not reached")
	}
	fmt.Println(v, ok)
}

// Records the capacities Go 1.19's append chooses, for GoSliceTest:
//   <name> <cap after each append that changed the capacity, starting from a nil slice>
package main

import "fmt"

type s24 struct{ a, b, c int64 }
type s12 struct{ a, b, c int32 }
type s40 struct{ a, b, c, d, e int64 }

func main() {
	{
		var s []int
		caps := []int{}
		for i := 0; i < 5000; i++ {
			s = append(s, i)
			if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
				caps = append(caps, cap(s))
			}
		}
		fmt.Println("int", caps)
	}
	{
		var s []byte
		caps := []int{}
		for i := 0; i < 40000; i++ {
			s = append(s, byte(i))
			if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
				caps = append(caps, cap(s))
			}
		}
		fmt.Println("byte", caps)
	}
	{
		var s []string
		caps := []int{}
		for i := 0; i < 3000; i++ {
			s = append(s, "")
			if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
				caps = append(caps, cap(s))
			}
		}
		fmt.Println("string", caps)
	}
	{
		var s []s24
		caps := []int{}
		for i := 0; i < 3000; i++ {
			s = append(s, s24{})
			if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
				caps = append(caps, cap(s))
			}
		}
		fmt.Println("s24", caps)
	}
	{
		var s []s12
		caps := []int{}
		for i := 0; i < 3000; i++ {
			s = append(s, s12{})
			if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
				caps = append(caps, cap(s))
			}
		}
		fmt.Println("s12", caps)
	}
	{
		var s []s40
		caps := []int{}
		for i := 0; i < 3000; i++ {
			s = append(s, s40{})
			if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
				caps = append(caps, cap(s))
			}
		}
		fmt.Println("s40", caps)
	}
	{
		var s []int32
		caps := []int{}
		for i := 0; i < 3000; i++ {
			s = append(s, 0)
			if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
				caps = append(caps, cap(s))
			}
		}
		fmt.Println("int32", caps)
	}
	// Appending several at once.
	{
		caps := []int{}
		for n := 1; n < 40; n++ {
			s := append([]int(nil), make([]int, n)...)
			caps = append(caps, cap(s))
		}
		fmt.Println("multi-int", caps)
		caps = caps[:0]
		for n := 1; n < 70; n++ {
			s := append([]byte("abcde"), make([]byte, n)...)
			caps = append(caps, cap(s))
		}
		fmt.Println("multi-byte-from-5", caps)
	}
}

// Package heap: heap operations on any type that implements heap.Interface (Go 1.19's API): a
// binary min-heap laid out in the collection's own indexes, as Less orders it.
package heap

import "sort"

// Interface is what a heap needs of its collection: sort.Interface plus Push and Pop at the end.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariant (each element not less than its parent); O(n).
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push adds x to the heap; O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the least element (Less's order); O(log n).
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove removes and returns the element at index i; O(log n).
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the order after the element at index i changed its value; O(log n).
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up lifts the element at child toward the root while it is less than its parent.
func up(h Interface, child int) {
	for child > 0 {
		parent := (child - 1) / 2
		if !h.Less(child, parent) {
			return
		}
		h.Swap(parent, child)
		child = parent
	}
}

// down sinks the element at start (within the first n) while one of its children is less;
// whether it moved.
func down(h Interface, start, n int) bool {
	i := start
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0: 2*i+1 overflowed
			break
		}
		least := left
		if right := left + 1; right < n && h.Less(right, left) {
			least = right
		}
		if !h.Less(least, i) {
			break
		}
		h.Swap(i, least)
		i = least
	}
	return i > start
}

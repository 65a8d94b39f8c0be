// Package ring: circular lists (Go 1.19's container/ring). A ring has no head: any element stands
// for the whole ring, and a ring of n elements is n Rings linked both ways. The zero Ring is a
// ring of one element; it links itself to itself the first time it is moved through (lazy
// initialisation), so that a Ring declared as a variable or a field is usable without New.
package ring

// A Ring is an element of a circular list; the nil *Ring is the empty ring.
type Ring struct {
	next, prev *Ring
	Value      any // for use by the client; the package never touches it
}

// selfLinked makes r a one-element ring and returns it; every method that follows next or prev
// calls it first when next is nil, which only a zero Ring has.
func (r *Ring) selfLinked() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the next ring element. r must not be empty.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.selfLinked()
	}
	return r.next
}

// Prev returns the previous ring element. r must not be empty.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.selfLinked()
	}
	return r.prev
}

// Move returns the element n steps away from r: forward for n > 0, backward for n < 0 (n % r.Len()
// steps would do, but Go walks all n, and so do we: Len costs a walk too). r must not be empty.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.selfLinked()
	}
	for ; n > 0; n-- {
		r = r.next
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	return r
}

// New returns a ring of n elements whose Values are nil, or nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s so that r.Next() becomes s, and returns the element that
// followed r before (r's old Next). r must not be empty.
//
// If r and s are different rings, linking them makes one ring with s's elements inserted after r.
// If they are the same ring, the elements strictly between r and s are taken out of it and
// returned as a ring of their own (none when s is r.Next(): then the result is r.Next() too, and
// nothing changes).
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		// Splice: r -> s ... sLast -> after, where sLast is the element before s. When r and s
		// share a ring, the same four assignments close the stretch after..sLast into its own
		// ring.
		sLast := s.Prev()
		r.next = s
		s.prev = r
		after.prev = sLast
		sLast.next = after
	}
	return after
}

// Unlink removes n % r.Len() elements from the ring, starting at r.Next(), and returns them as a
// ring; it returns nil for n <= 0. r must not be empty.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len returns the number of elements in ring r, walking it: O(n). The empty ring has length 0.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for e := r.Next(); e != r; e = e.next {
		n++
	}
	return n
}

// Do calls f on the Value of each element of the ring, forward from r. f must not change the ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for e := r.Next(); e != r; e = e.next {
		f(e.Value)
	}
}

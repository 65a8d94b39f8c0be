package atomic

// A Value holds a value of one consistent dynamic type, loaded and stored atomically.
// (Nothing stored yet is v == nil: Store refuses nil.)
type Value struct {
	v any
}

// sameType reports whether a and b (both non-nil) have identical dynamic types.
func sameType(a, b any) bool

func (v *Value) Load() (val any) {
	lock()
	val = v.v
	unlock()
	return val
}

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	lock()
	if v.v != nil && !sameType(v.v, val) {
		unlock()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	unlock()
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	lock()
	if v.v != nil && !sameType(v.v, new) {
		unlock()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	unlock()
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	lock()
	if v.v != nil && !sameType(v.v, new) {
		unlock()
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v == nil {
		if old != nil {
			unlock()
			return false
		}
		v.v = new
			unlock()
		return true
	}
	if v.v != old {
		unlock()
		return false
	}
	v.v = new
	unlock()
	return true
}

package reflect

// MakeSlice returns a new slice of type typ with the given length and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	return valueAt(makeSlice(typ.common().key, len, cap), 0)
}

// MakeMap returns a new, empty map of type typ.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize returns a new map of type typ with room for about n entries.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	return valueAt(makeMap(typ.common().key, n), 0)
}

// outsideValue is the method name Go's panics give when the check is made by a function that is
// not a method of Value (Append, Copy): they name the Value method on the stack, and find none.
const outsideValue = "unknown method"

// Append appends the values x to the slice s, as append(s, x...) would, and returns the result.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, outsideValue)
	n := s.Len()
	s = valueAt(growSlice(s.ptr, len(x)), 0)
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends the slice t to the slice s, as append(s, t...) would.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, outsideValue)
	t.mustBe(Slice, outsideValue)
	typesMustMatch("reflect.AppendSlice", s.Type().Elem(), t.Type().Elem())
	n := s.Len()
	s = valueAt(growSlice(s.ptr, t.Len()), 0)
	Copy(s.Slice(n, s.Len()), t)
	return s
}

func typesMustMatch(what string, t1, t2 Type) {
	if t1 != t2 {
		panic(what + ": " + t1.String() + " != " + t2.String())
	}
}

// Copy copies elements from src to dst (a slice, or an addressable array) until either is full, as
// copy(dst, src) would, and returns how many. src may be a string when dst holds bytes.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable(outsideValue)
	}
	dst.mustBeExported(outsideValue)
	sk := src.Kind()
	fromString := sk == String && dst.Type().Elem().Kind() == Uint8
	if sk != Array && sk != Slice && !fromString {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.mustBeExported(outsideValue)
	if !fromString {
		typesMustMatch("reflect.Copy", dst.Type().Elem(), src.Type().Elem())
	}
	return copyElems(dst.ptr, src.ptr)
}

// Slice returns v[i:j] of a slice, a string or an addressable array (whose result is a slice).
func (v Value) Slice(i, j int) Value {
	var limit int
	switch v.Kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		limit = v.Len()
	case Slice:
		limit = v.Cap()
	case String:
		if i < 0 || j < i || j > v.Len() {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		return valueAt(locate(loadString(v.ptr)[i:j]), v.flag.ro())
	default:
		panic(&ValueError{"reflect.Value.Slice", v.Kind()})
	}
	if i < 0 || j < i || j > limit {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return valueAt(sliceOf(v.ptr, i, j, limit), v.flag.ro())
}

// Slice3 returns v[i:j:k] of a slice or an addressable array.
func (v Value) Slice3(i, j, k int) Value {
	var limit int
	switch v.Kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		limit = v.Len()
	case Slice:
		limit = v.Cap()
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.Kind()})
	}
	if i < 0 || j < i || k < j || k > limit {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	return valueAt(sliceOf(v.ptr, i, j, k), v.flag.ro())
}

// Bytes returns the []byte v holds (the same slice, not a copy).
func (v Value) Bytes() []byte {
	v.mustBe(Slice, "reflect.Value.Bytes")
	if v.Type().Elem().Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return loadBytes(v.ptr)
}

// SetBytes sets v, a settable []byte, to x.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.Type().Elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	storeBytes(v.ptr, x)
}

// Pointer returns what v holds as a number: the address %p prints for a pointer, a map, a
// channel, a func or a slice's first element.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return address(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// Swapper returns a function that swaps the elements i and j of slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{"Swapper", v.Kind()})
	}
	tmp := New(v.Type().Elem()).Elem()
	return func(i, j int) {
		a, b := v.Index(i), v.Index(j)
		tmp.Set(a)
		a.Set(b)
		b.Set(tmp)
	}
}

func makeSlice(t any, len, cap int) any
func makeMap(t any, n int) any

// growSlice returns a reference to the slice at p extended by n zero elements, reallocated as
// append would when its capacity does not suffice.
func growSlice(p any, n int) any

// sliceOf returns a reference to the slice p[i:j:k] of the slice or array at p.
func sliceOf(p any, i, j, k int) any
func copyElems(dst, src any) int
func loadBytes(p any) []byte
func storeBytes(p any, x []byte)
func address(p any) uintptr

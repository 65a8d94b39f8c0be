package reflect

// flag holds a Value's kind in its low bits and, above them, what the program may do with it.
type flag uint

const (
	flagKindMask flag = 1<<5 - 1
	// flagAddr: the value is a variable reached through a pointer (Elem, a slice's elements and
	// what is inside them), so it can be set unless it is also read-only.
	flagAddr flag = 1 << 5
	// flagStickyRO: reached through an unexported field; everything reached from it is read-only too.
	flagStickyRO flag = 1 << 6
	// flagEmbedRO: an unexported embedded field; its own exported fields are usable (promotion).
	flagEmbedRO flag = 1 << 7
	flagRO            = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind {
	return Kind(f & flagKindMask)
}

// ro is the read-only bit that values reached from this one inherit.
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A Value is a Go value seen through reflection. ptr is a *T pointing at the location that holds
// it (a variable, a field, an element, or a fresh copy for values that are not addressable), T
// being the value's type; the zero Value has neither ptr nor flag.
type Value struct {
	ptr  any
	flag flag
}

// A ValueError is the panic of a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// valueAt is the Value at the location p points to.
func valueAt(p any, fl flag) Value {
	return Value{p, fl | flag(typeKind(p))}
}

// ValueOf returns a Value holding (a copy of) the value in i; the zero Value for nil.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return valueAt(locate(i), 0)
}

// New returns a Value holding a pointer to a new zero value of type typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	return valueAt(locate(newZero(typ.common().key)), 0)
}

// Zero returns a Value holding the zero value of typ; it cannot be set.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	return valueAt(newZero(typ.common().key), 0)
}

// Indirect returns what v points to when v is a pointer, v itself otherwise.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) mustBe(k Kind, method string) {
	if v.flag.kind() != k {
		panic(&ValueError{method, v.flag.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.flag == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	v.mustBeExported(method)
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

func (v Value) IsValid() bool { return v.flag != 0 }
func (v Value) Kind() Kind    { return v.flag.kind() }
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool  { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return typeFor(keyOfElem(v.ptr))
}

// Interface returns v's value as an interface value (for an interface-kind v, the value it holds).
func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return load(v.ptr)
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return loadBool(v.ptr)
}

func (v Value) CanInt() bool {
	switch v.flag.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) Int() int64 {
	if !v.CanInt() {
		panic(&ValueError{"reflect.Value.Int", v.flag.kind()})
	}
	return loadInt(v.ptr)
}

func (v Value) CanUint() bool {
	switch v.flag.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) Uint() uint64 {
	if !v.CanUint() {
		panic(&ValueError{"reflect.Value.Uint", v.flag.kind()})
	}
	return uint64(loadInt(v.ptr))
}

func (v Value) CanFloat() bool {
	k := v.flag.kind()
	return k == Float32 || k == Float64
}

func (v Value) Float() float64 {
	if !v.CanFloat() {
		panic(&ValueError{"reflect.Value.Float", v.flag.kind()})
	}
	return loadFloat(v.ptr)
}

func (v Value) CanComplex() bool {
	k := v.flag.kind()
	return k == Complex64 || k == Complex128
}

func (v Value) Complex() complex128 {
	if !v.CanComplex() {
		panic(&ValueError{"reflect.Value.Complex", v.flag.kind()})
	}
	return loadComplex(v.ptr)
}

// String returns a string's value; for other kinds it names the type instead of failing, because
// fmt calls String on Values it prints.
func (v Value) String() string {
	switch v.flag.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return loadString(v.ptr)
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Len() int {
	switch v.flag.kind() {
	case Array:
		return typeLen(v.ptr)
	case Chan, Map, Slice, String:
		return length(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Len", v.flag.kind()})
}

func (v Value) Cap() int {
	switch v.flag.kind() {
	case Array:
		return typeLen(v.ptr)
	case Chan, Slice:
		return capacity(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Cap", v.flag.kind()})
}

func (v Value) IsNil() bool {
	switch v.flag.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return isNil(v.ptr)
	}
	panic(&ValueError{"reflect.Value.IsNil", v.flag.kind()})
}

// IsZero reports whether v is its type's zero value (a float must be +0: -0 is not zero).
func (v Value) IsZero() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	return isZero(v.ptr)
}

// Elem returns what an interface holds or what a pointer points to; the zero Value for nil.
func (v Value) Elem() Value {
	switch v.flag.kind() {
	case Interface:
		x := load(v.ptr)
		if x == nil {
			return Value{}
		}
		return valueAt(locate(x), v.flag.ro())
	case Pointer:
		if isNil(v.ptr) {
			return Value{}
		}
		return valueAt(deref(v.ptr), flagAddr|v.flag&flagRO)
	}
	panic(&ValueError{"reflect.Value.Elem", v.flag.kind()})
}

// Addr returns a pointer to v, which must be addressable.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return valueAt(locate(v.ptr), v.flag.ro())
}

func (v Value) Index(i int) Value {
	switch v.flag.kind() {
	case Array:
		if uint(i) >= uint(typeLen(v.ptr)) {
			panic("reflect: array index out of range")
		}
		return valueAt(elemAt(v.ptr, i), v.flag&flagAddr|v.flag.ro())
	case Slice:
		if uint(i) >= uint(length(v.ptr)) {
			panic("reflect: slice index out of range")
		}
		// A slice's elements are always variables, whatever v is.
		return valueAt(elemAt(v.ptr, i), flagAddr|v.flag.ro())
	case String:
		s := loadString(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		return valueAt(locate(s[i]), v.flag.ro())
	}
	panic(&ValueError{"reflect.Value.Index", v.flag.kind()})
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return typeNumField(v.ptr)
}

func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	if uint(i) >= uint(typeNumField(v.ptr)) {
		panic("reflect: Field index out of range")
	}
	fl := v.flag & (flagStickyRO | flagAddr)
	if _, pkgPath, _, _, _, embedded := typeField(v.ptr, i); pkgPath != "" {
		if embedded {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return valueAt(fieldAt(v.ptr, i), fl)
}

func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for depth, i := range index {
		if depth > 0 && v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// FieldByName returns the field (possibly promoted) with that name, or the zero Value.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.Type().FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// MapKeys returns the map's keys in an unspecified order, as a range over the map would.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	ptrs := mapKeys(v.ptr)
	keys := make([]Value, len(ptrs))
	for i, p := range ptrs {
		keys[i] = valueAt(p, v.flag.ro())
	}
	return keys
}

// mapKeyFor checks that key may index the map v and returns where its value is.
func (v Value) mapKeyFor(key Value, method string) any {
	kt := typeMapKey(v.ptr)
	if !typeAssignable(key.ptr, kt) {
		panic(method + ": value of type " + key.Type().String() + " is not assignable to type " + typeString(kt))
	}
	return key.ptr
}

// MapIndex returns the value stored under key, or the zero Value when there is none.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	p := mapIndex(v.ptr, v.mapKeyFor(key, "reflect.Value.MapIndex"))
	if p == nil {
		return Value{}
	}
	return valueAt(p, (v.flag | key.flag).ro())
}

// SetMapIndex stores elem under key, or deletes key when elem is the zero Value.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	k := v.mapKeyFor(key, "reflect.Value.SetMapIndex")
	if elem.flag == 0 {
		mapDelete(v.ptr, k)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	et := typeElem(v.ptr)
	if !typeAssignable(elem.ptr, et) {
		panic("reflect.Value.SetMapIndex: value of type " + elem.Type().String() + " is not assignable to type " + typeString(et))
	}
	mapStore(v.ptr, k, elem.ptr)
}

// A MapIter ranges over a map: the keys present when it starts, skipping those deleted since.
type MapIter struct {
	m       Value
	keys    []Value
	next    int
	key     Value
	started bool
	done    bool
}

func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "reflect.Value.MapRange")
	return &MapIter{m: v}
}

func (it *MapIter) Next() bool {
	if it.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	if !it.started {
		it.started = true
		it.keys = it.m.MapKeys()
	}
	for it.next < len(it.keys) {
		k := it.keys[it.next]
		it.next++
		if mapIndex(it.m.ptr, k.ptr) != nil {
			it.key = k
			return true
		}
	}
	it.done = true
	it.key = Value{}
	return false
}

func (it *MapIter) current(method string) {
	if !it.started {
		panic("MapIter." + method + " called before Next")
	}
	if it.done {
		panic("MapIter." + method + " called on exhausted iterator")
	}
}

func (it *MapIter) Key() Value {
	it.current("Key")
	return it.key
}

func (it *MapIter) Value() Value {
	it.current("Value")
	return it.m.MapIndex(it.key)
}

// Set assigns x to v, as the assignment v = x would.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	if !typeAssignable(x.ptr, v.ptr) {
		panic("reflect.Set: value of type " + x.Type().String() + " is not assignable to type " + v.Type().String())
	}
	assign(v.ptr, x.ptr)
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	storeBool(v.ptr, x)
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	if !v.CanInt() {
		panic(&ValueError{"reflect.Value.SetInt", v.flag.kind()})
	}
	storeInt(v.ptr, x)
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	if !v.CanUint() {
		panic(&ValueError{"reflect.Value.SetUint", v.flag.kind()})
	}
	storeInt(v.ptr, int64(x))
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	if !v.CanFloat() {
		panic(&ValueError{"reflect.Value.SetFloat", v.flag.kind()})
	}
	storeFloat(v.ptr, x)
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	if !v.CanComplex() {
		panic(&ValueError{"reflect.Value.SetComplex", v.flag.kind()})
	}
	storeComplex(v.ptr, x)
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	storeString(v.ptr, x)
}

// The natives below take p, a *T pointing at a value of type T, and read or write that value.

func locate(x any) any
func keyOfElem(p any) any
func newZero(t any) any
func load(p any) any
func assign(dst, src any)
func loadBool(p any) bool
func loadInt(p any) int64
func loadFloat(p any) float64
func loadComplex(p any) complex128
func loadString(p any) string
func storeBool(p any, x bool)
func storeInt(p any, x int64)
func storeFloat(p any, x float64)
func storeComplex(p any, x complex128)
func storeString(p any, x string)
func length(p any) int
func capacity(p any) int
func isNil(p any) bool
func isZero(p any) bool
func deref(p any) any
func elemAt(p any, i int) any
func fieldAt(p any, i int) any
func mapKeys(p any) []any
func mapIndex(p, key any) any
func mapStore(p, key, elem any)
func mapDelete(p, key any)

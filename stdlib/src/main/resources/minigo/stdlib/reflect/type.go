package reflect

import "strconv"

// Type describes a Go type. Its only implementation is *rtype, and each type has exactly one
// *rtype, so Types compare with == as in Go.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type

	// common keeps Type closed: no other package can implement it.
	common() *rtype
}

// rtype stands for one type T. Its key is a nil *T: minigo's values carry their types, so the
// dynamic type of the key is what names T to the natives, and no Java object leaks into Go.
type rtype struct {
	key any
}

// rtypes holds every *rtype made so far, by type string. Types with the same string (two local
// types named T) are told apart by comparing keys, which compares their types for identity.
var rtypes map[string][]*rtype

// typeFor returns the one *rtype of the type key names.
func typeFor(key any) *rtype {
	s := typeString(key)
	for _, t := range rtypes[s] {
		if t.key == key {
			return t
		}
	}
	if rtypes == nil {
		rtypes = make(map[string][]*rtype)
	}
	t := &rtype{key}
	rtypes[s] = append(rtypes[s], t)
	return t
}

// TypeOf returns the dynamic type of i, or nil when i is the nil interface.
func TypeOf(i any) Type {
	if i == nil {
		return nil
	}
	return typeFor(keyOf(i))
}

// PointerTo returns the type *t.
func PointerTo(t Type) Type {
	return typeFor(pointerKey(t.common().key))
}

// PtrTo is the name PointerTo had before Go 1.18.
func PtrTo(t Type) Type {
	return PointerTo(t)
}

func (t *rtype) common() *rtype      { return t }
func (t *rtype) String() string      { return typeString(t.key) }
func (t *rtype) Name() string        { return typeName(t.key) }
func (t *rtype) PkgPath() string     { return typePkgPath(t.key) }
func (t *rtype) Kind() Kind          { return typeKind(t.key) }
func (t *rtype) Size() uintptr       { return typeSize(t.key) }
func (t *rtype) Align() int          { return typeAlign(t.key) }
func (t *rtype) FieldAlign() int     { return typeAlign(t.key) }
func (t *rtype) Comparable() bool    { return typeComparable(t.key) }
func (t *rtype) NumMethod() int      { return typeNumMethod(t.key) }
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeAssignable(t.key, u.common().key)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return typeAssignable(t.key, u.common().key)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return typeConvertible(t.key, u.common().key)
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(typeSize(t.key)) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(typeChanDir(t.key))
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return typeFor(typeElem(t.key))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return typeFor(typeMapKey(t.key))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.key)
}

// mustBeFunc panics as Go does when a function type's method is called on another kind of type.
func (t *rtype) mustBeFunc(method string) {
	if t.Kind() != Func {
		panic("reflect: " + method + " of non-func type " + t.String())
	}
}

func (t *rtype) IsVariadic() bool {
	t.mustBeFunc("IsVariadic")
	return typeVariadic(t.key)
}

func (t *rtype) NumIn() int {
	t.mustBeFunc("NumIn")
	return typeNumIn(t.key)
}

func (t *rtype) NumOut() int {
	t.mustBeFunc("NumOut")
	return typeNumOut(t.key)
}

func (t *rtype) In(i int) Type {
	t.mustBeFunc("In")
	return typeFor(typeIn(t.key, i))
}

func (t *rtype) Out(i int) Type {
	t.mustBeFunc("Out")
	return typeFor(typeOut(t.key, i))
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name string
	// PkgPath is the package of an unexported field's name, empty for exported fields.
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field's name is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.key)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.key) {
		panic("reflect: Field index out of bounds")
	}
	name, pkgPath, ft, tag, offset, embedded := typeField(t.key, i)
	return StructField{Name: name, PkgPath: pkgPath, Type: typeFor(ft), Tag: StructTag(tag),
		Offset: offset, Index: []int{i}, Anonymous: embedded}
}

// FieldByIndex follows a path of field indices through embedded structs (and pointers to them).
func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for depth, i := range index {
		if depth > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(i)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// FieldByName finds a field by name, promoted ones included; the shallowest wins and two at the
// same depth hide each other, as in Go's selectors.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	index := typeFieldIndex(t.key, name)
	if index == nil {
		return StructField{}, false
	}
	return t.FieldByIndex(index), true
}

// A StructTag is a field's tag: by convention `key:"value"` pairs separated by spaces.
type StructTag string

// Get returns the value for key, or "" when the tag has none.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value for key and whether the tag has it. Parsing stops at the first pair
// that does not follow the convention.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		// A key is a run of printable characters other than space, colon and quote.
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			return "", false
		}
		name := s[:n]
		s = s[n+1:]
		// The value is a Go string literal; skip to its closing quote.
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			return "", false
		}
		quoted := s[:end+1]
		s = s[end+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				return "", false
			}
			return v, true
		}
	}
	return "", false
}

// A Method describes one method of a type. Func, for a type that is not an interface, is the
// method expression T.M: a func Value taking the receiver first.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method's name is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// Method returns the i'th method in the type's method set, sorted by name: exported methods only
// for a concrete type (its Type has the receiver as first parameter), all of them for an interface.
func (t *rtype) Method(i int) Method {
	if i < 0 || i >= typeNumMethod(t.key) {
		panic("reflect: Method index out of range")
	}
	name, pkgPath, mt := typeMethod(t.key, i)
	m := Method{Name: name, PkgPath: pkgPath, Type: typeFor(mt), Index: i}
	if f := methodFunc(t.key, i); f != nil {
		m.Func = valueAt(f, 0)
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < typeNumMethod(t.key); i++ {
		if m := t.Method(i); m.Name == name {
			return m, true
		}
	}
	return Method{}, false
}

// The natives below take keys (or any *T: only the dynamic type counts) and answer from the
// checker's types.

func keyOf(x any) any
func pointerKey(t any) any
func typeString(t any) string
func typeName(t any) string
func typePkgPath(t any) string
func typeKind(t any) Kind
func typeSize(t any) uintptr
func typeAlign(t any) int
func typeComparable(t any) bool
func typeAssignable(t, u any) bool
func typeConvertible(t, u any) bool
func typeChanDir(t any) int
func typeElem(t any) any
func typeMapKey(t any) any
func typeLen(t any) int
func typeVariadic(t any) bool
func typeNumIn(t any) int
func typeNumOut(t any) int
func typeIn(t any, i int) any
func typeOut(t any, i int) any
func typeNumField(t any) int
func typeField(t any, i int) (name, pkgPath string, typ any, tag string, offset uintptr, embedded bool)
func typeFieldIndex(t any, name string) []int
func typeNumMethod(t any) int
func typeMethod(t any, i int) (name, pkgPath string, typ any)

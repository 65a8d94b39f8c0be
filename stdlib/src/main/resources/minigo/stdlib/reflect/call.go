package reflect

// Call calls the function v with the arguments in, as the call v(in...) would, and returns its
// results. A variadic function takes its trailing arguments one by one, as in Go source.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with its last argument a slice, as v(in[0], ..., s...)
// would.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

// call checks in against v's parameters, in the order and with the messages of Go's checks, and
// makes the call; op is "Call" or "CallSlice".
func (v Value) call(op string, in []Value) []Value {
	if isNil(v.ptr) {
		panic("reflect.Value.Call: call of nil function")
	}
	t := v.Type()
	n := t.NumIn()
	variadic := t.IsVariadic()
	if op == "CallSlice" {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, pt := in[i].Type(), t.In(i); !xt.AssignableTo(pt) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + pt.String())
		}
	}
	pack := op == "Call" && variadic
	if pack {
		elem := t.In(n).Elem()
		for _, x := range in[n:] {
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
		}
	}
	refs := make([]any, len(in))
	for i, x := range in {
		x.mustBeExported("reflect.Value." + op)
		refs[i] = x.ptr
	}
	outs := callFunc(v.ptr, refs, pack)
	ret := make([]Value, len(outs))
	for i, p := range outs {
		ret[i] = valueAt(p, 0)
	}
	return ret
}

// NumMethod returns the number of methods Method numbers: the exported methods of v's type, all
// methods of an interface type.
func (v Value) NumMethod() int {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return typeNumMethod(v.ptr)
}

// Method returns v's i'th method (in Type.Method's order) bound to v: a func Value that calls it
// with v as receiver. The receiver is copied when Method is called, as the method value v.M copies
// it, rather than when the result is called (see package-info).
func (v Value) Method(i int) Value {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if uint(i) >= uint(typeNumMethod(v.ptr)) {
		panic("reflect: Method index out of range")
	}
	if v.Kind() == Interface && isNil(v.ptr) {
		panic("reflect: Method on nil interface value")
	}
	return valueAt(boundMethod(v.ptr, i), v.flag.ro())
}

// MethodByName returns the method of v with that name bound to v, or the zero Value.
func (v Value) MethodByName(name string) Value {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	m, ok := v.Type().MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// callFunc calls the func at fn with the values at refs (packing the trailing ones into the
// variadic slice if pack) and returns references to its results.
func callFunc(fn any, refs []any, pack bool) []any

// boundMethod returns a reference to the method value of the i'th method of the value at p.
func boundMethod(p any, i int) any

// methodFunc returns a reference to the method expression of t's i'th method, or nil for an
// interface type.
func methodFunc(t any, i int) any

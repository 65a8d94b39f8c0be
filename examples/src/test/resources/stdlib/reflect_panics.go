package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func try(label string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%-22s %T: %v\n", label, r, err)
			return
		}
		fmt.Printf("%-22s %T: %v\n", label, r, r)
	}()
	f()
}

func main() {
	var zero reflect.Value
	s := reflect.ValueOf("text")
	n := reflect.ValueOf(3)
	t := reflect.ValueOf(T{1, "x"})
	try("Int on string", func() { s.Int() })
	try("Uint on int", func() { n.Uint() })
	try("Float on int", func() { n.Float() })
	try("Bool on int", func() { n.Bool() })
	try("Complex on int", func() { n.Complex() })
	try("Len on int", func() { n.Len() })
	try("Cap on string", func() { s.Cap() })
	try("Index on int", func() { n.Index(0) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("array Index range", func() { reflect.ValueOf([1]int{1}).Index(1) })
	try("string Index range", func() { s.Index(4) })
	try("Field on int", func() { n.Field(0) })
	try("Field out of range", func() { t.Field(2) })
	try("NumField on int", func() { n.NumField() })
	try("Elem on int", func() { n.Elem() })
	try("IsNil on int", func() { n.IsNil() })
	try("MapKeys on slice", func() { reflect.ValueOf([]int{}).MapKeys() })
	try("MapIndex on int", func() { n.MapIndex(n) })
	try("Kind on zero", func() { fmt.Println(zero.Kind()) })
	try("Type on zero", func() { zero.Type() })
	try("Int on zero", func() { zero.Int() })
	try("Interface on zero", func() { zero.Interface() })
	try("IsNil on zero", func() { zero.IsNil() })
	try("IsZero on zero", func() { zero.IsZero() })
	try("Len on zero", func() { zero.Len() })
	try("SetInt unaddressable", func() { n.SetInt(1) })
	try("SetString on int", func() { reflect.ValueOf(new(int)).Elem().SetString("x") })
	try("Set wrong type", func() { reflect.ValueOf(new(int)).Elem().Set(reflect.ValueOf("x")) })
	try("Set unexported", func() { reflect.ValueOf(&T{}).Elem().Field(1).SetString("y") })
	try("Interface unexported", func() { t.Field(1).Interface() })
	try("Elem of nil Type", func() { reflect.TypeOf(1).Elem() })
	try("Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Len of slice type", func() { reflect.TypeOf([]int{}).Len() })
	try("Field of int type", func() { reflect.TypeOf(1).Field(0) })
	try("NumField of ptr", func() { reflect.TypeOf(&T{}).NumField() })
	try("Type.Field range", func() { reflect.TypeOf(T{}).Field(5) })
	try("Method range", func() { reflect.TypeOf(T{}).Method(0) })
	try("In of int", func() { reflect.TypeOf(1).In(0) })
	try("Bits of string", func() { reflect.TypeOf("").Bits() })
	try("ChanDir of int", func() { reflect.TypeOf(1).ChanDir() })
	try("SetMapIndex nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("MapIndex wrong key", func() { reflect.ValueOf(map[string]int{}).MapIndex(n) })
	try("Implements nil", func() { reflect.TypeOf(1).Implements(nil) })
	try("Implements non-iface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("New nil", func() { reflect.New(nil) })
	try("Zero nil", func() { reflect.Zero(nil) })
	var p *T
	try("Field via nil ptr", func() { reflect.ValueOf(p).Elem().Field(0) })
	reflect.ValueOf(42).String()
	fmt.Println(reflect.ValueOf("end").Int())
}

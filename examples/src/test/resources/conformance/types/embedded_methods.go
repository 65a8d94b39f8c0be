// Methods promoted through embedded fields, called every way Go allows: directly, as method
// values, as method expressions, through interfaces. Pointer methods of an embedded non-struct
// value (struct{ Count } with type Count int) need the embedded field's own address.
package main

import "fmt"

type Count int

func (c Count) Get() int { return int(c) }
func (c *Count) Inc()    { *c++ }

type Getter interface{ Get() int }
type Counter interface {
	Inc()
	Get() int
}

type ByValue struct{ Count }
type ByPointer struct{ *Count }
type Twice struct{ ByValue }

type Inner struct{ name string }

func (i Inner) Name() string { return i.name }

type Outer struct{ *Inner }

func main() {
	var v ByValue
	v.Inc()
	v.Inc()
	fmt.Println("direct:", v.Get(), v.Count)

	inc := v.Inc // bound to &v.Count
	inc()
	fmt.Println("method value:", v.Count)

	var t Twice
	t.Inc()
	(&t).Inc()
	fmt.Println("two levels:", t.Get())

	n := Count(10)
	p := ByPointer{&n}
	p.Inc()
	fmt.Println("embedded pointer:", p.Get(), n)

	var c Counter = &v
	c.Inc()
	fmt.Println("interface on &ByValue:", c.Get(), v.Count)
	c = p
	c.Inc()
	fmt.Println("interface on ByPointer:", c.Get(), n)
	c = &t
	c.Inc()
	fmt.Println("interface on &Twice:", c.Get())

	var g Getter = v
	v.Inc()
	fmt.Println("interface holds a copy:", g.Get(), v.Get())

	incExpr := (*ByValue).Inc
	incExpr(&v)
	getExpr := ByValue.Get
	fmt.Println("method expressions:", getExpr(v))

	name := (*Outer).Name
	fmt.Println("through an embedded pointer:", name(&Outer{&Inner{"inner"}}))
	nameOf := Outer.Name
	fmt.Println("on the value type:", nameOf(Outer{&Inner{"value"}}))

	viaIface := Counter.Get
	fmt.Println("interface method expression:", viaIface(&t))
}

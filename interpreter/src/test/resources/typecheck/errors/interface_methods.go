package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

func total(shapes ...Shape) float64 { return 0 }

func main() {
	_ = total(Rect{1, 2})
	_ = total(Circle{1})
	_ = total(&Circle{1}, nil)
	var s Shape = &Rect{}
	_ = s
}

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota * 10, iota + 100
	c, d
	_, _
	e, f
)

const (
	flagA = 1 << iota
	flagB
	flagC
	flagD := 
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(int(Friday), Monday+2)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(flagA, flagB, flagC, flagD, flagA|flagC|flagD)
	fmt.Println(x0, x1, x2, x3)
	mask := flagB | flagD
	for i := 0; i < 4; i++ {
		fmt.Printf("bit %d set: %t\n", i, mask&(1<<i) != 0)
	}
}

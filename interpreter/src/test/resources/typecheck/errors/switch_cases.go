package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 1:
	case "a":
	}
	switch {
	case x:
	case x > 1:
	}
	var s []int
	switch s {
	case nil:
	}
	var f float64
	switch f {
	case 1.5, 1.5:
	}
}

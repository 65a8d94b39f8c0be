package main

func a() int {
	for {
		break
	}
}

func b(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("x")
	}
}

func d() int {
	for {
	}
}

func e(x int) int {
	switch {
	case x > 1:
		return 1
	}
}

func main() {}

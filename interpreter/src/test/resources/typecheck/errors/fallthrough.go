package main

func main() {
	for {
		fallthrough
	}
	switch {
	case true:
		fallthrough
	}
	switch {
	case true:
		fallthrough
		println()
	case false:
	}
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
}

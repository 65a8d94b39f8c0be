package main

func main() {
L:
	for {
		break M
	}
	goto X
	v := 1
X:
	_ = v
	continue
	for {
		continue L2
	}
L3:
	if true {
		break L3
	}
	break
}

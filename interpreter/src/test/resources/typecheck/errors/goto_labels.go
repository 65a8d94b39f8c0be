package main

func main() {
	goto L
	{
	L:
	}
	goto M
	x := 1
	_ = x
M:
	goto N
L2:
L2:
	for {
	}
}

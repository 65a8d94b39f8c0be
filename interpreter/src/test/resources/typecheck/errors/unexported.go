package main

import "strings"

func main() {
	_ = strings.indexFunc
	_ = strings.Builder{}.buf
}

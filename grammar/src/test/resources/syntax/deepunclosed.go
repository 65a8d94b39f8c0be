package main

func main() {
	for {
		if true {
			switch {
			case true:

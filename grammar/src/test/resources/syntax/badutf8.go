package main

// café
func main() {}

package main

func init(x int) {}

func f()

func main() int { return 0 }

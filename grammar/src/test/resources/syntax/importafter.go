package main

import "fmt"

func main() { fmt.Println() }

import "os"

package main

func main {
}

package main

var a = [3]int{1, 2, 3

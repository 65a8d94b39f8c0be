package main

var m map[]int

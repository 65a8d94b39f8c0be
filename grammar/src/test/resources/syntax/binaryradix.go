package main

var a = 0b1.0

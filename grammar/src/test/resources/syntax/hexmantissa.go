package main

var a = 0x1.5

package main

var a = 0x

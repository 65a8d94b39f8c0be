package main

var x = 09.5 + 08

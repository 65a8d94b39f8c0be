package main

var x = `a
b` c

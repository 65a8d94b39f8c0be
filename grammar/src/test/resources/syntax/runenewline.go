package main

var a = 'a
var b = 1

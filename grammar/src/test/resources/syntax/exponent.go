package main

var a = 1e+

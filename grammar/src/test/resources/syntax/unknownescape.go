package main

var a = "a\qb"

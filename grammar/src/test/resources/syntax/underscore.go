package main

var a = 1__0

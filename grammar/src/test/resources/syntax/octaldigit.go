package main

var a = 09

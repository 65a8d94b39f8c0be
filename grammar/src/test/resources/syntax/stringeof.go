package main

var x = "abc
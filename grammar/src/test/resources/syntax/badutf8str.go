package main

var s = "café"

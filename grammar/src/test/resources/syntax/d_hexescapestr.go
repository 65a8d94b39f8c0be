package main

var s = "\xZZ"

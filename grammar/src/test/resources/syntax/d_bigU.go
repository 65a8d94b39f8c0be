package main

var s = "\U00110000"

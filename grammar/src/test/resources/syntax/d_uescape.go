package main

var s = "\u12"

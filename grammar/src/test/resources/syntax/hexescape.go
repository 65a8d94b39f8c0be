package main

var a = '\x4'

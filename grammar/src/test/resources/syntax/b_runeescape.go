package main

var x = '\z'

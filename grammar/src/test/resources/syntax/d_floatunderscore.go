package main

var x = 1_.5

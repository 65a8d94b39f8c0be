package main

var = 1

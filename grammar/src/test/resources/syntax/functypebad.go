package main

var f func(int

package main

var a = 'a
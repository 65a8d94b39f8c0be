package main

var a = "\400"

package main

var a = "\uD800"

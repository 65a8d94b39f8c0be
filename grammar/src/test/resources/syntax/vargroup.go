package main

var ( x int y int )

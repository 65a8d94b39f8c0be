package main

const ( A = iota B )

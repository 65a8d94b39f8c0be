package main

var r = '
'

package main

func () {}

package main

func () m() {}

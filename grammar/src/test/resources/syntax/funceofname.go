package main

func

package main

type T =

package main

import "fmt".

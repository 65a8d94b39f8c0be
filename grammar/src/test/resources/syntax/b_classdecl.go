package main

class T {
}

package main

/* abc

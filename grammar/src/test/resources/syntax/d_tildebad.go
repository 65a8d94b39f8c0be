package main

type C interface {
	~
}

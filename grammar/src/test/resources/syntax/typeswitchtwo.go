package main

func main() {
	var v interface{}
	switch a, b := v.(type) {
	}
}

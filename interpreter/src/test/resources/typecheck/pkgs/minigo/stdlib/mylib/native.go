package mylib

// Upper is implemented natively (no body), as standard packages may do.
func Upper(s string) string

package _

func main() {}

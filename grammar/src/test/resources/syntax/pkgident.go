foo main

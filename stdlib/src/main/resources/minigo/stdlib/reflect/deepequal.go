package reflect

// DeepEqual reports whether x and y are deeply equal, as Go 1.19 defines it: same types, and
// values equal element by element through arrays, structs, interfaces, maps, pointers and slices,
// with NaN unequal to itself, nil and empty slices or maps unequal, funcs equal only when both are
// nil, and cycles taken as equal when met again. A native: it walks values by their types in Java.
func DeepEqual(x, y any) bool

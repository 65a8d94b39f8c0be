package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Employee struct {
	Name   string
	Salary int
	Tags   []string
}

func main() {
	staff := map[string]Employee{
		"e1": {"Ann", 5000, nil},
		"e2": {"Bob", 4000, []string{"new"}},
	}
	e := staff["e1"]
	e.Salary += 500
	staff["e1"] = e
	fmt.Println(staff["e1"].Salary, staff["e2"].Tags)
	ptrs := map[string]*Employee{"x": {Name: "Cy", Salary: 1}}
	ptrs["x"].Salary = 99
	fmt.Println(*ptrs["x"])
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)
	_, found := grid[Point{5, 5}]
	fmt.Println(found)
	type key struct {
		name string
		year int
	}
	sales := map[key]int{}
	data := []struct {
		n string
		y int
		v int
	}{{"widget", 2020, 5}, {"gadget", 2021, 3}, {"widget", 2020, 7}, {"widget", 2021, 1}}
	for _, d := range data {
		sales[key{d.n, d.y}] += d.v
	}
	keys := make([]key, 0)
	for k := range sales {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].name != keys[j].name {
			return keys[i].name < keys[j].name
		}
		return keys[].year < keys[j].year
	})
	for _, k := range keys {
		fmt.Printf("%s/%d: %d\n", k.name, k.year, sales[k])
	}
	var iface = map[interface{}]int{1: 1, "one": 2, 1.5: 3, true: 4}
	fmt.Println(iface[1], iface["one"], iface[1.5], iface[true], iface[int64(1)])
	byLen := map[int][]string{}
	for _, w := range []string{"go", "java", "c", "rust", "zig", "python"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set), set)
}

// time.Parse and ParseInLocation as Go 1.19: the standard layouts, zones by offset, name and Z,
// fractions the layout does not ask for, day-of-year, two-digit years, and each error message.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]string{
		{time.RFC3339, "2009-11-10T23:04:05Z"},
		{time.RFC3339, "2009-11-10T23:04:05+05:30"},
		{time.RFC3339Nano, "2009-11-10T23:04:05.123456789-07:00"},
		{"2006-01-02", "2024-02-30"},
		{"2006-01-02", "2024-13-01"},
		{"2006-01-02 15:04", "2024-02-29 24:00"},
		{time.Kitchen, "3:04PM"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PST"},
		{time.RFC822Z, "10 Nov 09 23:00 -0800"},
		{time.ANSIC, "Tue Nov 10 23:00:00 2009"},
		{"Jan _2 002", "Feb  3 034"},
		{"2006 002", "2024 060"},
		{"2006-01-02", "2009-11-10 extra"},
		{"2006-01-02T15:04:05", "2009-11-10T23:04:05.5"},
		{"15:04:05.000", "23:04:05.12"},
		{"Monday Jan 2", "tuesday NOV 10"},
		{"06", "68"}, {"06", "69"},
		{"2006-01-02 MST", "2009-11-10 GMT+3"},
		{"2006-01-02 -07", "2009-11-10 +01"},
		{"", ""},
		{"2006", "x"},
	} {
		t, err := time.Parse(c[0], c[1])
		fmt.Println(t, err)
	}
	loc := time.FixedZone("XYZ", 3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2020-05-06 07:08", loc)
	fmt.Println(t, err)
}

// time.Date, its normalization and accessors, Format with every layout element and the standard
// layouts, String, GoString, fixed zones and a zone of the tz database (America/New_York across
// its daylight-saving changes), Truncate and Round, Sub, AddDate, the zero Time.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	for _, l := range []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.Layout,
		"2006-01-02", "Jan _2 __2 002 Monday Mon January", "3:04:05 pm PM 03", ".000 ,999 .9 ,00", "Z07 Z0700 Z07:00 -07 -0700 -07:00 -070000 Z070000 -07:00:00", "_2006 06", "Janet Mondays MST 1 2 15"} {
		fmt.Printf("%q\n", t.Format(l))
	}
	est := time.FixedZone("EST", -5*3600)
	odd := time.FixedZone("", 5*3600+30*60+15)
	fmt.Println(t.In(est), t.In(odd), t.In(est).Format(time.RFC3339), t.In(odd).Format("Z07:00:00 -070000 MST"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixNano(), t.UnixMilli())
	d := time.Date(2020, 14, 35, 25, 61, 61, 2e9, time.UTC)
	fmt.Println(d, d.AddDate(0, -1, -31), d.Add(-36*time.Hour))
	z := time.Time{}
	fmt.Println(z, z.IsZero(), time.Unix(0, 0).UTC(), time.Unix(0, 0).IsZero(), z.Weekday())
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Round(7*time.Millisecond), t.Truncate(24*time.Hour))
	fmt.Println(t.Sub(d), d.Sub(t), t.After(d), t.Before(d), t.Equal(t.In(est)))
	fmt.Println(time.Month(13), time.Weekday(9), time.January, time.Saturday)
	fmt.Printf("%v %s %#v\n", t, t.Month(), t)
	for _, y := range []int{1, 1900, 2000, 2024, -5, 10000} {
		dd := time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC).Add(-24 * time.Hour)
		fmt.Println(dd.Format("2006-01-02 Mon 002"), dd.YearDay())
	}
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(err, time.Date(2022, 3, 13, 2, 30, 0, 0, ny), time.Date(2022, 11, 6, 1, 30, 0, 0, ny), t.In(ny))
	_, err = time.LoadLocation("Nowhere/City")
	fmt.Println(err)
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1700000000123).UTC().Format(time.StampMilli))
}

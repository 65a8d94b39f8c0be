package time

import "errors"

// A Time is an instant with nanosecond precision, in a Location, encoded as Go 1.19 encodes it
// (24 bytes, so that allocations measure as Go's):
//
//   - wall: bit 63 hasMonotonic; then, when it is set, 33 bits of seconds since 1885 (minWall);
//     the low 30 bits are the nanoseconds within the second.
//   - ext: with hasMonotonic, the monotonic clock reading (nanotime, minigo's: absolute; String
//     shows it from startNano); without, the seconds since January 1, year 1 UTC.
//   - loc: nil for UTC.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// Seconds from January 1, year 1 to the Unix epoch and to 1885 (where wall seconds start).
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
	minWall              = wallToInternal
)

// startNano is the monotonic clock at the start of the program, less one (String's m=+ is from here).
var startNano int64 = monoNow() - 1

func monoNow() int64 {
	_, _, mono := now()
	return mono
}

func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

// sec is the seconds since January 1, year 1.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

func (t *Time) unixSec() int64 { return t.sec() + internalToUnix }

// addSec adds d seconds, keeping the monotonic reading while the wall seconds still fit.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		sec := int64(t.wall << 1 >> (nsecShift + 1))
		dsec := sec + d
		if 0 <= dsec && dsec <= 1<<33-1 {
			t.wall = t.wall&nsecMask | uint64(dsec)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	if (sum > t.ext) == (d > 0) {
		t.ext = sum
	} else if d > 0 {
		t.ext = 1<<63 - 1
	} else {
		t.ext = -(1<<63 - 1)
	}
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// stripMono drops the monotonic reading (the wall seconds move to ext).
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

func (t *Time) mono() int64 {
	if t.wall&hasMonotonic == 0 {
		return 0
	}
	return t.ext
}

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	sec += unixToInternal - minWall
	if uint64(sec)>>33 != 0 { // outside 1885..2157: no room for the monotonic reading
		return Time{uint64(nsec), sec + minWall, Local}
	}
	return Time{hasMonotonic | uint64(sec)<<nsecShift | uint64(nsec), mono, Local}
}

func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// Unix returns the local Time for sec seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int32(nsec))
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64 { return t.unixSec() }

func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// IsZero reports whether t is the zero Time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// Add returns t+d (the monotonic reading moves too, unless it would overflow).
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		te := t.ext + int64(d)
		if d < 0 && te > t.ext || d > 0 && te < t.ext {
			t.stripMono()
		} else {
			t.ext = te
		}
	}
	return t
}

// Sub returns t-u, saturated at the largest or smallest Duration.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		te, ue := t.ext, u.ext
		d := Duration(te - ue)
		if d < 0 && te > ue {
			return maxDuration
		}
		if d > 0 && te < ue {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

// AddDate adds years, months and days, normalizing as Date does (October 31 + 1 month is
// December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// A Month specifies a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoaTime(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoaTime(int(d)) + ")"
}

func itoaTime(n int) string {
	return string(appendInt(nil, n, 0))
}

// civil is the proleptic Gregorian date of a day counted from January 1, 1970 (negative before).
func civil(days int64) (year int, month Month, day int) {
	// Eras of 400 years (146097 days) starting on March 1, year 0.
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365], from March 1
	mp := (5*doy + 2) / 153                  // [0, 11], March = 0
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is civil's inverse: the day number of year-month-day (month in 1..12).
func daysFromCivil(year int64, month int, day int64) int64 {
	y := year
	if month <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := int64(month+9) % 12 // March = 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// local is t's seconds since 1970 in its own zone's wall clock.
func (t Time) local() int64 {
	_, offset, _, _ := t.loc.lookup(t.unixSec())
	return t.unixSec() + int64(offset)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Date returns the year, month and day of t in its location.
func (t Time) Date() (year int, month Month, day int) {
	return civil(floorDiv(t.local(), secondsPerDay))
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week of t in its location.
func (t Time) Weekday() Weekday {
	days := floorDiv(t.local(), secondsPerDay)
	w := (days + 4) % 7 // January 1, 1970 was a Thursday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year, 1 to 365 (366 in leap years).
func (t Time) YearDay() int {
	days := floorDiv(t.local(), secondsPerDay)
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// Clock returns the hour, minute and second of t in its location.
func (t Time) Clock() (hour, min, sec int) {
	s := t.local() - floorDiv(t.local(), secondsPerDay)*secondsPerDay
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Nanosecond() int { return int(t.nsec()) }

// ISOWeek returns the ISO 8601 year and week number of t (weeks start on Monday; week 1 holds
// the year's first Thursday).
func (t Time) ISOWeek() (year, week int) {
	days := floorDiv(t.local(), secondsPerDay)
	wd := int64((t.Weekday() + 6) % 7) // Monday = 0
	thursday := days - wd + 3
	year, _, _ = civil(thursday)
	week = int((thursday-daysFromCivil(int64(year), 1, 1))/7) + 1
	return
}

// Date returns the Time of yyyy-mm-dd hh:mm:ss + nsec in loc. Values outside their usual
// ranges are normalized (October 32 is November 1); in a zone change, the offset is the one in
// effect just before or after. It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int(month), 1) + int64(day) - 1
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	// unix is the wall clock as if in UTC; take the zone's offset at that moment, then again at
	// the corrected moment if that falls in another period.
	_, offset, start, end := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}

// norm moves whole multiples of base from lo into hi, leaving lo in [0, base).
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Truncate rounds t down to a multiple of d since the zero Time (d <= 0: t unchanged, without
// its monotonic reading).
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// Round rounds t to the nearest multiple of d since the zero Time, halves up.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// mod is t's distance from the multiple of d at or before it, counting from the zero Time.
func (t Time) mod(d Duration) Duration {
	sec, nsec := t.sec(), int64(t.nsec())
	neg := sec < 0
	if neg {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	// (sec*1e9 + nsec) mod d, without overflow.
	r := addMod(mulMod(uint64(sec)%m, uint64(1e9)%m, m), uint64(nsec)%m, m)
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// addMod and mulMod compute modulo m < 2^63, where a+b cannot overflow a uint64.
func addMod(a, b, m uint64) uint64 {
	s := a + b
	if s >= m {
		s -= m
	}
	return s
}

func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	return r
}

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in the local zone.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location (UTC for a Time made in UTC).
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone returns the abbreviated name of t's zone and its offset east of UTC in seconds.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _ = t.loc.lookup(t.unixSec())
	return
}

// A Location maps instants to the zone in use there: UTC, a fixed offset, or a zone of the
// host's time zone database (Local, LoadLocation), which natives look up.
type Location struct {
	name   string
	fixed  bool
	zname  string // the abbreviation of a fixed zone
	offset int    // seconds east of UTC, for a fixed zone
	host   string // the zone's name for the host's database ("Local": the host's zone)
}

var utcLoc = Location{name: "UTC", fixed: true, zname: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", host: "Local"}

// Local is the host's time zone (UTC with --faketime, as on the Go playground).
var Local *Location = &localLoc

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns the location's name ("UTC", "Local", "Europe/Paris", a FixedZone's name).
func (l *Location) String() string { return l.get().name }

// lookup returns the zone in effect at unix seconds: its abbreviation, offset, and the period
// [start, end) in which it holds.
func (l *Location) lookup(unix int64) (name string, offset int, start, end int64) {
	l = l.get()
	if l.fixed {
		return l.zname, l.offset, -1 << 63, 1<<63 - 1
	}
	return zoneLookup(l.host, unix)
}

// FixedZone returns a Location that always uses this name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, fixed: true, zname: name, offset: offset}
}

// LoadLocation returns the Location with this name: "" or "UTC" is UTC, "Local" is Local,
// others are names of the host's time zone database ("America/New_York").
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if !zoneExists(name) {
		return nil, errors.New("unknown time zone " + name)
	}
	return &Location{name: name, host: name}, nil
}

// Natives over the host's zone database (java.time): the zone in effect at an instant, and
// whether a zone name exists.
func zoneLookup(host string, unix int64) (name string, offset int, start, end int64)
func zoneExists(name string) bool

// Package debug: the runtime/debug knobs of the collector (natives into minigo's runtime).
package debug

// SetGCPercent sets GOGC (a negative value turns the collector off) and returns the previous value.
func SetGCPercent(percent int) int

// SetMemoryLimit sets the soft memory limit (a negative value only reads it) and returns the previous one.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a collection and returns as much memory to the OS as possible.
func FreeOSMemory()

// SetMaxStack sets the maximum goroutine stack size and returns the previous one.
func SetMaxStack(bytes int) int

package sync

// The runtime entry points package sync is written against, as in Go (sync/runtime.go): the
// scheduler implements them (natives in the interpreter's scheduler).

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex and RWMutex; lifo queues the waiter
// at the head (a waiter that already waited once).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes a waiter; handoff passes the turn to it directly.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// notifyList is the ticket-based wait list behind Cond (Go's runtime notifyList has this shape).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_canSpin reports whether spinning makes sense now; runtime_doSpin spins briefly.
func runtime_canSpin(i int) bool
func runtime_doSpin()

func runtime_nanotime() int64

// fatal stops the program with "fatal error: " and s (not a recoverable panic).
func fatal(s string)

// throw is fatal for broken invariants of this package.
func throw(s string) { fatal(s) }

// Registers the function the collector calls at each cycle's start (sync.Pool's cleanup).
func runtime_registerPoolCleanup(cleanup func())

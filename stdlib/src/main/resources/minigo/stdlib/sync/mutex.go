// Package sync: Go 1.19's synchronization primitives, in Go, over the runtime's semaphores
// (runtime_Semacquire/runtime_Semrelease are natives that park and wake goroutines through
// minigo's scheduler, like Go's sema.go). Uncontended operations are a single atomic operation,
// as in Go; the contended paths are simpler than Go's (no spinning, no starvation mode) but keep
// its guarantees.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Natives (the scheduler's semaphores and fatal errors).

// runtime_Semacquire waits until *s > 0 and then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_Semrelease increments *s and wakes one goroutine waiting in runtime_Semacquire.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// fatal stops the program with "fatal error: " and s (not a recoverable panic).
func fatal(s string)

const (
	mutexLocked      = 1
	mutexWaiterShift = 1
)

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
// state: bit 0 locked, the rest the number of goroutines waiting on sema.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&mutexLocked != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked == 0 {
			if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
				return
			}
			continue
		}
		// Count ourselves as a waiter and sleep; Unlock uncounts one waiter per wake-up.
		if atomic.CompareAndSwapInt32(&m.state, old, old+1<<mutexWaiterShift) {
			runtime_Semacquire(&m.sema)
		}
	}
}

func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new == 0 {
		return
	}
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	for {
		old := atomic.LoadInt32(&m.state)
		if old>>mutexWaiterShift == 0 || old&mutexLocked != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old-1<<mutexWaiterShift) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
	}
}

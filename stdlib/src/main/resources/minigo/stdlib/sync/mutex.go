// Package sync: Go 1.19's synchronization primitives, in Go, over the runtime's semaphores and
// notify lists (runtime.go). Mutex follows Go's state machine: a locked bit, a woken bit, a
// starvation bit and the waiter count in one int32; uncontended Lock and Unlock are one
// compare-and-swap or add; a waiter that waited more than 1 ms switches the mutex to starvation
// mode, where Unlock hands it straight to the oldest waiter.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	iter := 0
	old := m.state
	for {
		// Spin while the lock is held in normal mode, announcing ourselves as woken so that Unlock
		// does not wake another waiter.
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(iter) {
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				awoke = true
			}
			runtime_doSpin()
			iter++
			old = m.state
			continue
		}
		next := old
		if old&mutexStarving == 0 {
			next |= mutexLocked // in starvation mode the lock goes to a waiter, not to us
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			next += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			next |= mutexStarving
		}
		if awoke {
			if next&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			next &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, next) {
			old = m.state
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // got it
		}
		// Sleep; a goroutine that already waited queues at the front.
		queueLifo := waitStartTime != 0
		if waitStartTime == 0 {
			waitStartTime = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, queueLifo, 1)
		starving = starving || runtime_nanotime()-waitStartTime > starvationThresholdNs
		old = m.state
		if old&mutexStarving != 0 {
			// Handed the lock directly: take it and leave starvation mode if we were the last waiter
			// or did not wait long.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awoke = true
		iter = 0
	}
}

func (m *Mutex) Unlock() {
	next := atomic.AddInt32(&m.state, -mutexLocked)
	if next != 0 {
		m.unlockSlow(next)
	}
}

func (m *Mutex) unlockSlow(next int32) {
	if (next+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if next&mutexStarving != 0 {
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	old := next
	for {
		// Nobody to wake, or someone already woken, running or owning the lock.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		next = (old - 1<<mutexWaiterShift) | mutexWoken
		if atomic.CompareAndSwapInt32(&m.state, old, next) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		old = m.state
	}
}

package sync

// Cond is a condition variable: goroutines Wait for an event, and Signal or Broadcast announce it.
// Waiters are woken in the order they started waiting (Go's notifyList is a FIFO too).
type Cond struct {
	noCopy noCopy
	L      Locker
	mu     Mutex  // guards wait and notify
	wait   uint32 // tickets handed to waiters
	notify uint32 // tickets woken so far
	sema   uint32
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, sleeps until woken by Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	c.mu.Lock()
	c.wait++
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes one waiting goroutine, if there is one.
func (c *Cond) Signal() {
	c.mu.Lock()
	if c.notify != c.wait {
		c.notify++
		runtime_Semrelease(&c.sema, false, 1)
	}
	c.mu.Unlock()
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	for c.notify != c.wait {
		c.notify++
		runtime_Semrelease(&c.sema, false, 1)
	}
	c.mu.Unlock()
}

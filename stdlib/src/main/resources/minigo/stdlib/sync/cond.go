package sync

// Cond is a condition variable: goroutines Wait for an event, and Signal or Broadcast announce it.
// Each waiter sleeps on its own semaphore, queued in arrival order, so a wake-up goes to the waiter
// it was meant for (Go's notifyList hands out tickets for the same reason): a woken goroutine that
// waits again cannot take another waiter's turn.
type Cond struct {
	noCopy  noCopy
	L       Locker
	mu      Mutex     // guards waiters
	waiters []*uint32 // one semaphore per waiting goroutine, oldest first
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, sleeps until woken by Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	s := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, s)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(s)
	c.L.Lock()
}

// Signal wakes the longest-waiting goroutine, if there is one.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) > 0 {
		s := c.waiters[0]
		c.waiters[0] = nil
		c.waiters = c.waiters[1:]
		runtime_Semrelease(s, false, 1)
	}
	c.mu.Unlock()
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	for _, s := range c.waiters {
		runtime_Semrelease(s, false, 1)
	}
	c.waiters = nil
	c.mu.Unlock()
}

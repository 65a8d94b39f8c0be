package sync

// Cond is a condition variable: goroutines Wait for an event, and Signal or Broadcast announce it.
// Waiters take a ticket from the notify list and are woken in ticket order.
type Cond struct {
	noCopy noCopy
	L      Locker
	notify notifyList
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, sleeps until woken by Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes the longest-waiting goroutine, if there is one.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

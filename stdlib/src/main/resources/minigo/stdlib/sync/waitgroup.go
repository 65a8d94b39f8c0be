package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish.
// state1: the counter in the high 32 bits, the number of waiters in the low 32; state2: the semaphore.
type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Add adds delta (possibly negative) to the counter; at zero, every waiter is released.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state1, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	if atomic.LoadUint64(&wg.state1) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state1, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.state2, false, 0)
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state1)
		v := int32(state >> 32)
		if v == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state1, state, state+1) {
			runtime_Semacquire(&wg.state2)
			if atomic.LoadUint64(&wg.state1) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

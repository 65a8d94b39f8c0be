package sync

// A Pool is a set of temporary objects that may be reused. (Go's Pool drops its contents at each
// collection; this one keeps them, which a correct program cannot tell apart.)
type Pool struct {
	noCopy noCopy
	mu     Mutex
	items  []any
	New    func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

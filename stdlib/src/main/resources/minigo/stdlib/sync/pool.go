package sync

// A Pool is a set of temporary objects that may be reused. As in Go, each garbage collection
// moves what the pool holds to a victim cache, and the next one drops the victim cache: an object
// put and not taken survives one cycle, not two. (One P: one list per pool instead of Go's
// per-P caches.)
type Pool struct {
	noCopy noCopy
	mu     Mutex
	local  []any // Put goes here; Get looks here first
	victim []any // what local held at the last collection
	inAll  bool  // registered in allPools since the last collection
	New    func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if !p.inAll {
		p.inAll = true
		allPools = append(allPools, p)
	}
	p.local = append(p.local, x)
	p.mu.Unlock()
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if x, ok := pop(&p.local); ok {
		p.mu.Unlock()
		return x
	}
	if x, ok := pop(&p.victim); ok {
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

func pop(s *[]any) (any, bool) {
	n := len(*s)
	if n == 0 {
		return nil, false
	}
	x := (*s)[n-1]
	(*s)[n-1] = nil
	*s = (*s)[:n-1]
	return x, true
}

var (
	allPools []*Pool // pools with a primary cache
	oldPools []*Pool // pools with a victim cache only
)

// poolCleanup runs at the start of every collection, the world stopped: victims are dropped,
// primaries become victims. It must not allocate.
func poolCleanup() {
	for _, p := range oldPools {
		p.victim = nil
	}
	for _, p := range allPools {
		p.victim = p.local
		p.local = nil
		p.inAll = false
	}
	oldPools, allPools = allPools, nil
}

func init() {
	runtime_registerPoolCleanup(poolCleanup)
}

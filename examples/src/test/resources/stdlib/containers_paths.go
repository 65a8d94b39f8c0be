// container/heap (a priority queue for Dijkstra's shortest paths), container/list (an LRU cache),
// path and path/filepath, as Go 1.19 has them.
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"path"
	"path/filepath"
)

type item struct {
	node, dist int
}

type pq []item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(item)) }
func (q *pq) Pop() any          { o := *q; x := o[len(o)-1]; *q = o[:len(o)-1]; return x }

func dijkstra(adj map[int][][2]int, src, n int) []int {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = 1 << 60
	}
	dist[src] = 0
	q := &pq{{src, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range adj[it.node] {
			if d := it.dist + e[1]; d < dist[e[0]] {
				dist[e[0]] = d
				heap.Push(q, item{e[0], d})
			}
		}
	}
	return dist
}

type lru struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *lru) get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *lru) put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.order.MoveToFront(e)
		return
	}
	c.items[k] = c.order.PushFront(&entry{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	adj := map[int][][2]int{}
	seed := 7
	for i := 0; i < 300; i++ {
		seed = (seed*1103515245 + 12345) % 2147483648
		a, b, w := seed%50, (seed/50)%50, 1+(seed/2500)%20
		adj[a] = append(adj[a], [2]int{b, w})
		adj[b] = append(adj[b], [2]int{a, w})
	}
	fmt.Println(dijkstra(adj, 0, 50))

	h := &pq{{1, 5}, {2, 3}, {3, 9}, {4, 1}}
	heap.Init(h)
	(*h)[2].dist = 0
	heap.Fix(h, 2)
	fmt.Println(heap.Remove(h, 1), *h)

	c := &lru{cap: 3, order: list.New(), items: map[string]*list.Element{}}
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if _, ok := c.get(k); !ok {
			c.put(k, i)
		}
	}
	for e := c.order.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value.(*entry).key, "=", e.Value.(*entry).val, " ")
	}
	fmt.Println(c.order.Len())

	for _, p := range []string{"a//b/../c/.", "/../x/./y/", "", "./", "a/b.tar.gz", "/"} {
		d, f := path.Split(p)
		fmt.Printf("%q: clean %q base %q dir %q ext %q split %q %q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), d, f)
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), filepath.Join("/x", "y/..", "z.go"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "/b"}, {".", "x/y"}, {"a/b", "a/b"}} {
		r, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pair[0], pair[1], r, err)
	}
	for _, m := range [][2]string{{"*.go", "main.go"}, {"a/*/c", "a/b/c"}, {"*", "a/b"}, {"[a-c]?", "bz"}, {"[", "a"}} {
		ok, err := path.Match(m[0], m[1])
		fmt.Println(m, ok, err)
	}
	fmt.Println(filepath.SplitList("/usr/bin:/bin::/opt"), filepath.IsAbs("/x"), filepath.Ext("x.y.z"))
}

// Package runtime: the runtime's API as Go 1.19 offers it. The functions are natives that reach
// minigo's simulated runtime (allocator, collector, scheduler) through the interpreter.
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

// GC runs a full garbage collection cycle, blocking the caller until it is complete.
func GC()

// GOMAXPROCS sets the number of Ps (when n > 0) and returns the previous setting.
func GOMAXPROCS(n int) int

func NumCPU() int

func NumGoroutine() int

func NumCgoCall() int64 { return 0 }

// Gosched yields the processor so that other goroutines run.
func Gosched()

// Goexit ends the calling goroutine after running its deferred calls.
func Goexit()

// KeepAlive marks x as reachable up to this point.
func KeepAlive(x any)

// SetFinalizer arranges for finalizer(obj) to run once obj becomes unreachable.
func SetFinalizer(obj any, finalizer any)

func Version() string { return "go1.19.8" }

// GOROOT is the Go installation minigo stands in for (minigo.types.StdExport.GOROOT on the Java side).
func GOROOT() string { return "/usr/lib/go-1.19" }

// Caller reports the file and line of the call skip frames up (0: the caller of Caller), as the
// compiler saw them: absolute paths. The program counter is a number that identifies nothing.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// LockOSThread and UnlockOSThread pin a goroutine to its thread: nothing to do in minigo.
func LockOSThread() {}

func UnlockOSThread() {}

// MemProfileRate is the average number of bytes between sampled allocations of the heap profile.
// minigo keeps no heap profile (runtime.MemProfile and runtime/pprof are not provided); the
// variable is here for programs that turn profiling off or up before they measure.
var MemProfileRate int = 512 * 1024

// Breakpoint executes a breakpoint trap: without a debugger the program dies of SIGTRAP.
func Breakpoint()

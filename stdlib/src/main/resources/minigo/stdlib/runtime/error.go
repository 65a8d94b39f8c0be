package runtime

// Error identifies the runtime's own panics (index out of range, nil map write, ...).
type Error interface {
	error
	RuntimeError()
}

// The dynamic types of the runtime's panic values, as recover() returns them and %T prints them.
// Each holds the complete message.

// errorString: "runtime error: integer divide by zero", "... invalid memory address or nil pointer dereference".
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError: messages without the "runtime error: " prefix ("assignment to entry in nil map").
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// boundsError: index and slice bounds failures; msg is the text after "runtime error: ".
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }

// A TypeAssertionError explains a failed type assertion; msg is the text after "interface conversion: ".
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return "interface conversion: " + e.msg }

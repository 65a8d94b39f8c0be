package fmt

import "errors"

// Errorf formats like Sprintf and returns the text as an error. A single %w operand (an error)
// makes the result wrap it: its Unwrap method returns that operand (Go 1.19 allows one %w).
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(state, format, a)
	if wrapped < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[wrapped].(error)}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Package errors: Go 1.19's errors API. Everything is Go except the two questions that need
// reflection (is a value's dynamic type comparable; may err be stored through target), which are natives.
package errors

// New returns an error whose Error method returns text. Each call yields a distinct error.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns err's Unwrap() result, or nil when err has no such method.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is walks err's chain of Unwrap results and reports whether one equals target or says so through
// an Is(error) bool method.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	canCompare := comparable(target)
	for err != nil {
		if canCompare && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// As finds the first error in err's chain that can be assigned to the variable target points to,
// stores it there and reports true; an As(any) bool method may also claim the match.
func As(err error, target any) bool {
	switch checkTarget(target) {
	case 1:
		panic("errors: target cannot be nil")
	case 2:
		panic("errors: target must be a non-nil pointer")
	case 3:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if storeIfAssignable(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// comparable reports whether the dynamic type of x supports ==.
func comparable(x any) bool

// checkTarget classifies As's target: 0 usable, 1 nil, 2 not a non-nil pointer,
// 3 points to a type that is neither an interface nor an error.
func checkTarget(target any) int

// storeIfAssignable stores err into *target and reports true when err's dynamic type is
// assignable to target's element type.
func storeIfAssignable(err error, target any) bool

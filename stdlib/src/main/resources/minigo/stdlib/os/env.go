package os

import "errors"

// The environment is the program's own copy, in the order the process received it: Setenv and
// Unsetenv change it for Getenv, LookupEnv and Environ (and for nothing else: minigo starts no
// processes).

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool)

// Environ returns the environment as "key=value" strings.
func Environ() []string

// Setenv sets the environment variable key.
func Setenv(key, value string) error {
	if !validEnv(key, value) {
		return NewSyscallError("setenv", errno(einval))
	}
	setenv(key, value)
	return nil
}

func validEnv(key, value string) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return false
		}
	}
	return true
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

// Clearenv removes every environment variable.
func Clearenv()

func setenv(key, value string)
func unsetenv(key string)

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns a *SyscallError for err, or nil for nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// ExpandEnv replaces $var and ${var} in s by the variables' values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s by mapping's values, as a shell does for the simple forms:
// a special parameter ($1, $*, $#, ...) is one character, a bad ${...} is dropped, and a $
// followed by no name stays.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	done := 0 // s[:done] is in out
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s)) // non-nil: something was expanded
		}
		out = append(out, s[done:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// bad syntax: dropped
		case name == "":
			out = append(out, '$')
		default:
			out = append(out, mapping(name)...)
		}
		j += w
		done = j + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[done:]
}

func isSpecialParam(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// shellName reads the name after a $: the name and the bytes it took (a name of "" with bytes
// taken is bad syntax).
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isSpecialParam(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without its brace
	}
	if isSpecialParam(s[0]) {
		return s[:1], 1
	}
	i := 0
	for i < len(s) && (s[i] == '_' || '0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return s[:i], i
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	if dir := Getenv("XDG_CACHE_HOME"); dir != "" {
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
	}
	return dir + "/.cache", nil
}

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	if dir := Getenv("XDG_CONFIG_HOME"); dir != "" {
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
	}
	return dir + "/.config", nil
}

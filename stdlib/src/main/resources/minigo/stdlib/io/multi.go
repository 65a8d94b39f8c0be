package io

import "sync"

// MultiReader reads its readers one after the other; it returns EOF once all of them have.
func MultiReader(readers ...Reader) Reader {
	r := make([]Reader, len(readers))
	copy(r, readers)
	return &multiReader{r}
}

type multiReader struct {
	readers []Reader
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		// A multiReader that is the last one left is read through directly.
		if len(mr.readers) == 1 {
			if inner, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = inner.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				err = nil // not the end yet: more readers follow
			}
			return
		}
	}
	return 0, EOF
}

// TeeReader returns a Reader that writes to w what it reads from r; a failed write is the read's
// error.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

// Pipe returns a synchronous in-memory pipe: each Write blocks until readers have taken all of
// its bytes (a Read takes what fits in its buffer); there is no buffering.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{wrCh: make(chan []byte), rdCh: make(chan int), done: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}

// pipe is the state both ends share: a write hands its bytes over wrCh and learns on rdCh how
// many a read took; done closes when either end does, with its error kept for the other end.
type pipe struct {
	wrMu sync.Mutex // one Write at a time
	wrCh chan []byte
	rdCh chan int

	once sync.Once
	done chan struct{}

	rerr onceError // the reader's CloseWithError
	werr onceError // the writer's CloseWithError
}

// onceError keeps the first error stored in it.
type onceError struct {
	sync.Mutex
	err error
}

func (a *onceError) Store(err error) {
	a.Lock()
	defer a.Unlock()
	if a.err == nil {
		a.err = err
	}
}

func (a *onceError) Load() error {
	a.Lock()
	defer a.Unlock()
	return a.err
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		n := copy(b, bw)
		p.rdCh <- n
		return n, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu.Lock()
		defer p.wrMu.Unlock()
	}
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			taken := <-p.rdCh
			b = b[taken:]
			n += taken
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// readCloseError: the writer's close error if the writer closed first, else ErrClosedPipe.
func (p *pipe) readCloseError() error {
	if rerr, werr := p.rerr.Load(), p.werr.Load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeCloseError: the reader's close error if the reader closed first, else ErrClosedPipe.
func (p *pipe) writeCloseError() error {
	if rerr, werr := p.rerr.Load(), p.werr.Load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read reads from the pipe, blocking until a writer writes or the write half is closed.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reader; later writes return ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; later writes return err (ErrClosedPipe for nil).
func (r *PipeReader) CloseWithError(err error) error { return r.p.closeRead(err) }

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write writes to the pipe, blocking until readers have taken all of data or the read half is
// closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writer; reads then return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; reads then return err (EOF for nil).
func (w *PipeWriter) CloseWithError(err error) error { return w.p.closeWrite(err) }
